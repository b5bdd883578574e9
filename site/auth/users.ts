import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/contract/result';
import { isUniqueViolation } from '../db/unique-violation';
import type { SiteExecutor } from '../db/schema';
import { siteRoleSchema, type SiteRole } from './roles';
import { hashApiToken, newApiToken } from './tokens';
import { displayName, userNameKey } from './user-name';

/** A site user as the API sees it (never with a token or hash). */
export interface SiteUser {
  id: string;
  name: string;
  role: SiteRole;
}

/** Creates a user and returns it with its API token, which exists nowhere else afterwards. */
export async function addUser(db: SiteExecutor, rawName: string, role: string, now: Date): Promise<{ user: SiteUser; token: string }> {
  const name = displayName(rawName);
  const parsedRole = siteRoleSchema.safeParse(role);
  if (!parsedRole.success) throw new AppError('INVALID_ARGUMENT', `Role must be one of editor, reviewer, publisher (got "${role}").`);
  const token = newApiToken();
  const user: SiteUser = { id: randomUUID(), name, role: parsedRole.data };
  try {
    await db
      .insertInto('site_users')
      .values({ id: user.id, name, name_key: userNameKey(name), role: user.role, token_hash: hashApiToken(token), created_at: now.toISOString(), disabled_at: null })
      .execute();
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('CONFLICT', `A user named "${name}" already exists.`);
    throw err;
  }
  return { user, token };
}

/** The account owning a token and whether it is disabled, or null for an unknown token. */
export async function findAccountByToken(db: SiteExecutor, token: string): Promise<{ user: SiteUser; disabled: boolean } | null> {
  const row = await db.selectFrom('site_users').select(['id', 'name', 'role', 'disabled_at']).where('token_hash', '=', hashApiToken(token)).executeTakeFirst();
  if (!row) return null;
  const role = siteRoleSchema.safeParse(row.role);
  return role.success ? { user: { id: row.id, name: row.name, role: role.data }, disabled: row.disabled_at !== null } : null;
}

/** The active user owning a token, or null for an unknown token or a disabled account. */
export async function findUserByToken(db: SiteExecutor, token: string): Promise<SiteUser | null> {
  const account = await findAccountByToken(db, token);
  return account && !account.disabled ? account.user : null;
}
