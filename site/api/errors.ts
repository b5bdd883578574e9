import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import { AppError, type ContractError, type ErrorCode } from '../../core/contract/result';
import { isUniqueViolation } from '../db/unique-violation';

const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  INVALID_ARGUMENT: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  UNSUPPORTED_MEDIA: 415,
  UNAVAILABLE: 503,
};

/** HTTP status for an error code; unknown codes are server faults. */
export const httpStatusFor = (code: ErrorCode): number => STATUS_BY_CODE[code] ?? 500;

/** Sends the typed JSON error body `{ error: { code, message, details? } }`. */
export function sendError(reply: FastifyReply, error: ContractError, status = httpStatusFor(error.code)): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send({ error });
}

/** Parses input with zod or throws INVALID_ARGUMENT naming the first few bad fields. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const summary = parsed.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || what}: ${i.message}`)
    .join('; ');
  throw new AppError('INVALID_ARGUMENT', `Invalid ${what}: ${summary}`, parsed.error.issues.slice(0, 10));
}

function fromFastifyError(err: FastifyError): { status: number; error: ContractError } {
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return { status: 413, error: { code: 'TOO_LARGE', message: 'The request body is too large.' } };
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return { status: 415, error: { code: 'UNSUPPORTED_MEDIA', message: 'Unsupported Content-Type.' } };
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return { status: err.statusCode, error: { code: 'INVALID_ARGUMENT', message: err.message } };
  }
  return { status: 500, error: { code: 'INTERNAL', message: 'The site failed unexpectedly.' } };
}

/** Turns every thrown error and unknown route into the typed JSON error body. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError, request, reply) => {
    if (err instanceof AppError) return sendError(reply, { code: err.code, message: err.message, ...(err.details === undefined ? {} : { details: err.details }) });
    if (isUniqueViolation(err)) {
      // Two writers raced for the same slug or id; the transaction rolled back, a retry decides.
      return sendError(reply, { code: 'CONFLICT', message: 'A concurrent change took the same slug or id; fetch and retry.' });
    }
    const mapped = fromFastifyError(err as FastifyError);
    if (mapped.status >= 500) request.log.error({ err }, 'request failed');
    return sendError(reply, mapped.error, mapped.status);
  });
  app.setNotFoundHandler((request, reply) => sendError(reply, { code: 'NOT_FOUND', message: `Nothing at ${request.method} ${request.url.split('?')[0]}.` }));
}
