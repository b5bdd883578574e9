import { AsyncLocalStorage } from 'node:async_hooks';
import type { Role } from '../../../core/workflow/roles';

/**
 * The role of the person whose queued op is being sent. The built-in site's demo team shares one
 * machine: an op taken as the reviewer must go out with the reviewer's token even if the
 * profile has switched to another demo account since (site-engines' credentials read this).
 */
export const sendingAs = new AsyncLocalStorage<Role>();

/** Runs `send` as the op's person. */
export const asPersonOf = <T>(role: string, send: () => Promise<T>): Promise<T> =>
  role === 'editor' || role === 'reviewer' || role === 'publisher' ? sendingAs.run(role, send) : send();
