import { AppError } from '../../core/contract/result';
import type { SiteExecutor } from '../db/schema';
import { hashApiToken, newApiToken } from './tokens';
import { userNameKey } from './user-name';

/** One line of `user list`. */
export interface UserListing {
  name: string;
  role: string;
  disabled: boolean;
  createdAt: string;
}

/** Every account, by name. */
export async function listUsers(db: SiteExecutor): Promise<UserListing[]> {
  const rows = await db.selectFrom('site_users').select(['name', 'role', 'disabled_at', 'created_at']).orderBy('name_key').execute();
  return rows.map((r) => ({ name: r.name, role: r.role, disabled: r.disabled_at !== null, createdAt: r.created_at }));
}

async function idOf(db: SiteExecutor, name: string): Promise<string> {
  const row = await db.selectFrom('site_users').select('id').where('name_key', '=', userNameKey(name)).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `There is no user named "${name.trim()}".`);
  return row.id;
}

/** Disables (its token answers 401 from now on) or enables the account named `name` (any case). */
export async function setUserDisabled(db: SiteExecutor, name: string, disabled: boolean, now: Date): Promise<void> {
  const id = await idOf(db, name);
  await db.updateTable('site_users').set({ disabled_at: disabled ? now.toISOString() : null }).where('id', '=', id).execute();
}

/** Gives the account a new token and returns it; the old one stops working at once. */
export async function rotateUserToken(db: SiteExecutor, name: string): Promise<string> {
  const id = await idOf(db, name);
  const token = newApiToken();
  await db.updateTable('site_users').set({ token_hash: hashApiToken(token) }).where('id', '=', id).execute();
  return token;
}
