import type { TeamChannel, TeamSink } from '../sync/team/team-port';

/** No site connected: nobody to tell, the profile acts. */
export const NO_TEAM: TeamChannel = {
  account: () => null,
  enqueue: async () => {},
  presence: async () => {},
};

/**
 * A TeamChannel that forwards to whatever `current()` returns at call time: the sync module
 * creates the real one after the modules that use it.
 */
export function lateChannel(current: () => TeamChannel): TeamChannel {
  return {
    account: () => current().account(),
    enqueue: (op, by) => current().enqueue(op, by),
    presence: (articleId, editing) => current().presence(articleId, editing),
  };
}

/** A TeamSink forwarding to the one built by the team module (made after the sync module). */
export function lateSink(current: () => TeamSink | null): TeamSink {
  const sink = (): TeamSink => {
    const s = current();
    if (!s) throw new Error('The team sink is not ready yet.');
    return s;
  };
  return {
    applyThreads: (siteId, items) => sink().applyThreads(siteId, items),
    applyAds: (siteId, items) => sink().applyAds(siteId, items),
    applyPresence: (siteId, items) => sink().applyPresence(siteId, items),
    articleTaken: (siteId, before, after, updatedBy) => sink().articleTaken(siteId, before, after, updatedBy),
    articleDeleted: (siteId, articleId, deletedAt, by) => sink().articleDeleted(siteId, articleId, deletedAt, by),
    opRefused: (siteId, op, reason) => sink().opRefused(siteId, op, reason),
  };
}
