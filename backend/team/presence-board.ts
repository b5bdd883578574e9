import type { SitePresence } from '../../core/sync/reference-site-api';
import type { Actor } from '../../core/workflow/roles';

/** Who is editing what on other machines, as the last round brought it (in memory only). */
export function createPresenceBoard() {
  let current: readonly SitePresence[] = [];
  return {
    /** The whole current list replaces the last one. */
    replace(items: readonly SitePresence[]): void {
      current = [...items];
    },
    /** Other people editing `articleId` until after `now` (never `me`). */
    editors(articleId: string, me: Actor, now: Date): Array<{ name: string; until: string }> {
      const mine = (p: SitePresence) => (me.id !== undefined ? p.userId === me.id : p.name === me.name);
      return current.filter((p) => p.articleId === articleId && !mine(p) && Date.parse(p.until) > now.getTime()).map((p) => ({ name: p.name, until: p.until }));
    },
  };
}

export type PresenceBoard = ReturnType<typeof createPresenceBoard>;
