import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../core/contract/result';
import type { SiteUser } from '../auth/users';
import type { SiteDb, SiteExecutor } from '../db/schema';
import { isUniqueViolation } from '../db/unique-violation';

/** What a write handler answers; stored verbatim for replays. */
export interface WriteResult {
  status: number;
  body: unknown;
}

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

function requestFingerprint(request: FastifyRequest): string {
  const hash = createHash('sha256').update(`${request.method} ${request.url}\n`);
  const body = request.body;
  if (Buffer.isBuffer(body)) hash.update(body);
  else hash.update(JSON.stringify(body ?? null));
  return hash.digest('hex');
}

async function storedResult(db: SiteExecutor, userId: string, key: string) {
  return db.selectFrom('site_idempotency').selectAll().where('user_id', '=', userId).where('idem_key', '=', key).executeTakeFirst();
}

function replay(reply: FastifyReply, row: { status_code: number; response: string }): FastifyReply {
  return reply.code(row.status_code).header('idempotent-replayed', 'true').send(JSON.parse(row.response));
}

/**
 * Runs a write in one transaction. With an `Idempotency-Key` header, the first successful
 * result is stored in that same transaction and a retry gets it back without writing again;
 * failed writes store nothing, so a retry after an error really retries.
 */
export async function runWrite(
  request: FastifyRequest,
  reply: FastifyReply,
  db: SiteDb,
  user: SiteUser,
  write: (trx: SiteExecutor) => Promise<WriteResult>,
  now: () => Date,
): Promise<FastifyReply> {
  const rawKey = request.headers['idempotency-key'];
  if (rawKey === undefined) {
    const result = await db.transaction().execute(write);
    return reply.code(result.status).send(result.body);
  }
  const key = Array.isArray(rawKey) ? rawKey[0] : rawKey;
  if (!key || !KEY_PATTERN.test(key)) throw new AppError('INVALID_ARGUMENT', 'Idempotency-Key must be 1-200 visible ASCII characters.');
  const fingerprint = requestFingerprint(request);

  const earlier = await storedResult(db, user.id, key);
  if (earlier) return replayIfSame(reply, earlier, fingerprint);
  try {
    const result = await db.transaction().execute(async (trx) => {
      const out = await write(trx);
      await trx
        .insertInto('site_idempotency')
        .values({ user_id: user.id, idem_key: key, request_hash: fingerprint, status_code: out.status, response: JSON.stringify(out.body), created_at: now().toISOString() })
        .execute();
      return out;
    });
    return reply.code(result.status).send(result.body);
  } catch (err) {
    // A concurrent retry with the same key committed first: answer with its result.
    if (!isUniqueViolation(err)) throw err;
    const winner = await storedResult(db, user.id, key);
    if (!winner) throw err;
    return replayIfSame(reply, winner, fingerprint);
  }
}

function replayIfSame(reply: FastifyReply, row: { request_hash: string; status_code: number; response: string }, fingerprint: string): FastifyReply {
  if (row.request_hash !== fingerprint) {
    throw new AppError('INVALID_ARGUMENT', 'This Idempotency-Key was used for a different request.');
  }
  return replay(reply, row);
}

/** How long a stored answer can be replayed; clients retry within minutes, a week is generous. */
export const IDEMPOTENCY_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

/** Deletes stored answers older than the retention; returns how many went. */
export async function pruneIdempotencyRecords(db: SiteDb, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS).toISOString();
  const result = await db.deleteFrom('site_idempotency').where('created_at', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
