import { z } from 'zod';
import { SyncFailure } from '../../../../core/sync/sync-target';
import type { Role } from '../../../../core/workflow/roles';
import { wpUserSchema } from './';
import type { WpHttp } from './wp-http';

/** The app role a WordPress account acts with: who may publish posts is a publisher, a contributor an editor. */
const wpRoleToApp = (roles: readonly string[]): Role | null => {
  if (roles.some((r) => r === 'administrator' || r === 'editor' || r === 'author')) return 'publisher';
  if (roles.includes('contributor')) return 'editor';
  return null;
};

/** The account behind the application password; an account that may not write posts is refused. */
export async function wpWhoAmI(http: WpHttp): Promise<{ name: string; role: Role }> {
  const res = await http.request({ route: '/wp/v2/users/me', query: { context: 'edit' } }, wpUserSchema);
  const role = wpRoleToApp(res.data.roles ?? []);
  if (!role) throw new SyncFailure('forbidden', `The WordPress account "${res.data.name}" (${(res.data.roles ?? []).join(', ') || 'no role'}) may not write posts`);
  return { name: res.data.name, role };
}

/**
 * A wrong application password makes WordPress treat requests as anonymous: some then fail
 * as "bad parameter" instead of 401. So the login is checked once before the first call
 * (again after a failed check).
 */
export function createLoginCheck(http: WpHttp): () => Promise<void> {
  let loginChecked: Promise<void> | null = null;
  return function ensureLogin() {
    loginChecked ??= http.request({ route: '/wp/v2/users/me', query: { _fields: 'id' } }, z.object({ id: z.number().int() }).passthrough()).then(
      () => undefined,
      (err: unknown) => {
        loginChecked = null;
        throw err;
      },
    );
    return loginChecked;
  };
}
