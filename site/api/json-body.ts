import type { FastifyInstance } from 'fastify';
import { jsonLimitsProblem } from '../../core/contract/json-limits';
import { AppError } from '../../core/contract/result';

/** Largest JSON request body (an article with a long body fits easily); larger is 413 TOO_LARGE. */
export const JSON_BODY_LIMIT = 2 * 1024 * 1024;

/**
 * Replaces Fastify's JSON body parser with the same parser (prototype poisoning refused) followed
 * by core's iterative depth and size check, so every route that takes JSON gets a value at most
 * MAX_JSON_DEPTH deep before any recursive validation (zod, the body walker) sees it. Too deep or
 * too large is 400 INVALID_ARGUMENT; a body over the size limit never gets here (413).
 */
export function installJsonBodyLimits(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body: string, done) => {
    parseJson(request, body, (err, value) => {
      if (err) return done(err);
      const problem = jsonLimitsProblem(value);
      if (problem) return done(new AppError('INVALID_ARGUMENT', problem));
      done(null, value);
    });
  });
}
