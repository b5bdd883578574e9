import type { FastifyRequest } from 'fastify';
import { AppError } from '../../core/contract/result';
import type { SiteRole } from '../auth/roles';
import { findAccountByToken, type SiteUser } from '../auth/users';
import type { SiteDb } from '../db/schema';

/**
 * The user behind the request's `Authorization: Bearer` token; null when there is no header.
 * A header with an unknown or malformed token, or a disabled account's, is an error, never a
 * silent anonymous request.
 */
export async function userOf(request: FastifyRequest, db: SiteDb): Promise<SiteUser | null> {
  const header = request.headers.authorization;
  if (header === undefined) return null;
  const match = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(header);
  const account = match?.[1] ? await findAccountByToken(db, match[1]) : null;
  if (!account) throw new AppError('UNAUTHORIZED', 'The API token is unknown or malformed.');
  if (account.disabled) throw new AppError('UNAUTHORIZED', 'This account is disabled.');
  return account.user;
}

/** The signed-in user, or UNAUTHORIZED. */
export async function requireUser(request: FastifyRequest, db: SiteDb): Promise<SiteUser> {
  const user = await userOf(request, db);
  if (!user) throw new AppError('UNAUTHORIZED', 'This needs an API token (Authorization: Bearer …).');
  return user;
}

/** The signed-in user with one of `roles`, or FORBIDDEN. */
export async function requireRole(request: FastifyRequest, db: SiteDb, roles: readonly SiteRole[]): Promise<SiteUser> {
  const user = await requireUser(request, db);
  if (!roles.includes(user.role)) throw new AppError('FORBIDDEN', `A ${user.role} may not do this.`);
  return user;
}
