import type { FastifyInstance } from 'fastify';
import { sendError } from './api/errors';

/** Host names of this machine; accepted on the port a request really arrived at. */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const DEFAULT_PORT: Record<string, number> = { 'http:': 80, 'https:': 443 };
// An IPv6 literal or dot-separated labels (`_` too: container names use it), a trailing dot, a port.
const HOST_PATTERN = /^(\[[0-9a-f:.]+\]|[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*)\.?(?::(\d{1,5}))?$/;

interface Host {
  name: string;
  port: number | null;
}

function parseHost(value: string): Host | null {
  const match = HOST_PATTERN.exec(value.trim().toLowerCase());
  const port = match?.[2] === undefined ? null : Number(match[2]);
  if (!match || (port !== null && (port < 1 || port > 65535))) return null;
  return { name: match[1]!, port };
}

const format = (h: Host) => (h.port === null ? h.name : `${h.name}:${h.port}`);

/** A Host header value or COPYDESK_SITE_HOSTS entry as `name` or `name:port` (lowercase, no trailing dot); null when it is none. */
export function canonicalHost(value: string): string | null {
  const host = parseHost(value);
  return host && format(host);
}

/** The Host values that name the site at `siteUrl`: its host, with and without its scheme's default port. */
export function siteUrlHosts(siteUrl: string): string[] {
  const url = new URL(siteUrl);
  const name = url.hostname.toLowerCase();
  if (url.port) return [`${name}:${url.port}`];
  return [name, `${name}:${DEFAULT_PORT[url.protocol] ?? 80}`];
}

/**
 * Is `host` (the Host header) one this site answers for: one of `allowed`, or a loopback name on
 * `localPort`, the port the connection came in on (a missing port means 80). Without a local port
 * (fastify.inject, in-process) any loopback port. A page served under another name (DNS rebinding:
 * evil.example resolving to 127.0.0.1) or a forged Host never gets an answer.
 */
export function hostAccepted(host: string | undefined, allowed: ReadonlySet<string>, localPort: number | undefined): boolean {
  const parsed = host === undefined ? null : parseHost(host);
  if (!parsed) return false;
  if (allowed.has(format(parsed))) return true;
  return LOOPBACK.has(parsed.name) && (localPort === undefined || (parsed.port ?? 80) === localPort);
}

/**
 * Refuses, before anything else runs (routes, body parsing), every request whose Host is not the
 * site URL's, one of `extraHosts` (COPYDESK_SITE_HOSTS, e.g. for a reverse proxy) or loopback on
 * the listening port: 421 Misdirected Request with the typed JSON error body.
 */
export function installHostCheck(app: FastifyInstance, siteUrl: string, extraHosts: readonly string[]): void {
  const extra = extraHosts.map((h) => {
    const canonical = canonicalHost(h);
    if (!canonical) throw new Error(`"${h}" is not a host or host:port.`);
    return canonical;
  });
  const allowed = new Set([...siteUrlHosts(siteUrl), ...extra]);
  app.addHook('onRequest', async (request, reply) => {
    if (hostAccepted(request.headers.host, allowed, request.socket?.localPort)) return;
    return sendError(reply, { code: 'INVALID_ARGUMENT', message: 'This site does not answer for that host name.' }, 421);
  });
}
