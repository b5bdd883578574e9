import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/contract/result';
import { isUniqueViolation } from '../db/unique-violation';
import type { SiteExecutor } from '../db/schema';
import { siteRoleSchema, type SiteRole } from './roles';
import { hashApiToken, newApiToken } from './tokens';

/** A site user as the API sees it (never with a token or hash). */
export interface SiteUser {
  id: string;
  name: string;
  role: SiteRole;
}

const USER_NAME = /^[\p{L}\p{N}._@-]{1,100}$/u;

/** Creates a user and returns it with its API token, which exists nowhere else afterwards. */
export async function addUser(db: SiteExecutor, name: string, role: string, now: Date): Promise<{ user: SiteUser; token: string }> {
  if (!USER_NAME.test(name)) throw new AppError('INVALID_ARGUMENT', 'User name: 1-100 letters, digits, dots, @, _ or -.');
  const parsedRole = siteRoleSchema.safeParse(role);
  if (!parsedRole.success) throw new AppError('INVALID_ARGUMENT', `Role must be one of editor, reviewer, publisher (got "${role}").`);
  const token = newApiToken();
  const user: SiteUser = { id: randomUUID(), name, role: parsedRole.data };
  try {
    await db
      .insertInto('site_users')
      .values({ id: user.id, name, role: user.role, token_hash: hashApiToken(token), created_at: now.toISOString() })
      .execute();
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('CONFLICT', `A user named "${name}" already exists.`);
    throw err;
  }
  return { user, token };
}

/** The user owning a token, or null for an unknown token. */
export async function findUserByToken(db: SiteExecutor, token: string): Promise<SiteUser | null> {
  const row = await db.selectFrom('site_users').select(['id', 'name', 'role']).where('token_hash', '=', hashApiToken(token)).executeTakeFirst();
  if (!row) return null;
  const role = siteRoleSchema.safeParse(row.role);
  return role.success ? { id: row.id, name: row.name, role: role.data } : null;
}
