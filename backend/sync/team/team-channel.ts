import { randomUUID } from 'node:crypto';
import type { SiteAccount } from '../../../core/sync/reference-site-api';
import { queuedTeamOpSchema, type QueuedTeamOp, type TeamOp } from '../../../core/sync/team-op';
import type { SyncEngine } from '../engine/sync-engine';
import type { TeamChannel } from './team-port';

/** What the channel needs from the sync service. */
export interface TeamChannelDeps {
  /** The account of the first site that has one (see accountOf). */
  account(): SiteAccount | null;
  /** Every site's engine, made when missing, in the sites' order. */
  engines(): Promise<SyncEngine[]>;
  /** Re-reads the profile role and the accounts (after switching the demo account). */
  refresh(): Promise<SiteAccount | null>;
  now(): Date;
}

/**
 * The sync side's offer to the rest of the back end: the account the app acts as, team ops
 * queued durably for every site with a team (WordPress sites ignore them), and presence sent
 * at once to the sites that are online.
 */
export function createTeamChannel(deps: TeamChannelDeps): TeamChannel & { refresh(): Promise<SiteAccount | null> } {
  return {
    account: () => deps.account(),
    refresh: () => deps.refresh(),
    async enqueue(op: TeamOp, by: QueuedTeamOp['by']): Promise<void> {
      // Checked here, so that a bad op is refused to its caller instead of waiting in the outbox for ever.
      const queued = queuedTeamOpSchema.parse({ id: randomUUID(), op, createdAt: deps.now().toISOString(), by });
      for (const engine of await deps.engines()) if (engine.hasTeam()) await engine.enqueueTeamOp(queued);
    },
    async presence(articleId: string, editing: boolean): Promise<void> {
      const sends = (await deps.engines()).map(async (engine) => {
        const target = engine.teamTarget();
        const remoteId = await engine.remoteIdOf(articleId);
        if (!target || !remoteId || engine.info().connection !== 'online') return;
        await target.setPresence(remoteId, editing).catch((err: unknown) => console.warn('[copydesk] presence not sent:', err instanceof Error ? err.message : err));
      });
      await Promise.all(sends);
    },
  };
}
