// The two web-platform globals core uses. Every runtime core runs in (Node, browsers, Electron)
// has them, but no ES lib declares them, and core's tsconfig leaves out the DOM and Node types
// on purpose: only what is listed here is allowed.

/** The WHATWG URL parser (the subset core reads). */
interface URL {
  readonly href: string;
  readonly origin: string;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly host: string;
  readonly hostname: string;
  readonly port: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  toString(): string;
}
declare const URL: { prototype: URL; new (url: string, base?: string): URL };

/** A deep copy of plain data (HTML structured clone). */
declare function structuredClone<T>(value: T): T;
