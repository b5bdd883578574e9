/** Error codes that cross the contract. Each call lists the ones it may return. */
export const ERROR_CODES = [
  'INVALID_ARGUMENT',
  'NOT_FOUND',
  'CONFLICT',
  'DAMAGED',
  'STORAGE_FAILED',
  'FORBIDDEN',
  'UNAUTHORIZED',
  'UNSUPPORTED_MEDIA',
  'TOO_LARGE',
  'UNKNOWN_CALL',
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ContractError {
  code: ErrorCode;
  message: string;
  /** Field-level details for INVALID_ARGUMENT, the current revision for CONFLICT, … */
  details?: unknown;
}

/** Errors cross the boundary as values, never as thrown exceptions. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ContractError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, details?: unknown): Result<never> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});

/** Thrown inside services; the registrar turns it into a `fail` value. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
