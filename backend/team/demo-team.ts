import type { Role } from '../../core/workflow/roles';

/**
 * The embedded site's demo team: one account per role, so trying the app alone still shows a
 * newsroom (switching the role means switching to that account).
 */
export const DEMO_TEAM: Readonly<Record<Role, string>> = {
  editor: 'Demo Redaktion',
  reviewer: 'Demo Prüfung',
  publisher: 'Demo Veröffentlichung',
};

/** True when `name` is one of the demo team's accounts. */
export function isDemoName(name: string): boolean {
  return Object.values(DEMO_TEAM).includes(name);
}
