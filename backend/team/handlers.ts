import type { TeamAccount } from '../../core/contract/calls/team';
import type { teamCalls } from '../../core/contract/calls/team';
import { ROLES } from '../../core/workflow/roles';
import type { BackendDeps, BackendModule } from '../backend-deps';
import type { TeamSink } from '../sync/team/team-port';
import { refusal } from './acting-actor';
import { DEMO_TEAM, isDemoName } from './demo-team';
import { createPresenceBoard } from './presence-board';
import { createTeamSink } from './team-sink';

type TeamCall = 'team.account' | 'team.useDemoAccount' | 'inbox.list' | 'inbox.markRead' | 'presence.set' | 'presence.list';

export interface TeamModuleOptions {
  /** Address of the site where `accountName` is the account (null without a site). */
  siteUrl(accountName: string): Promise<string | null>;
  /** Re-reads the account from the site (after a demo switch). */
  refreshAccount(): Promise<void>;
}

/** team.*, inbox.* and presence.* calls, and the TeamSink the sync engine hands the site's team data to. */
export function teamModule(deps: BackendDeps, options: TeamModuleOptions): BackendModule<Extract<keyof typeof teamCalls, TeamCall>> & { sink: TeamSink } {
  const presence = createPresenceBoard();
  const embedded = deps.options.sync?.embeddedSite ?? null;

  async function account(): Promise<TeamAccount> {
    const acting = deps.team.account();
    return {
      account: acting,
      siteUrl: acting ? await options.siteUrl(acting.name) : null,
      demo: embedded !== null && acting !== null && isDemoName(acting.name),
      demoAccounts: embedded ? ROLES.map((role) => ({ role, name: DEMO_TEAM[role] })) : [],
    };
  }

  return {
    sink: createTeamSink(deps, presence),
    handlers: {
      'team.account': account,
      'team.useDemoAccount': async ({ role }) => {
        const acting = deps.team.account();
        if (!embedded || (acting !== null && !isDemoName(acting.name))) {
          throw refusal('Only the built-in demo site has a demo team; a real site decides who you are.', 'Nur die eingebaute Demo-Website hat ein Demo-Team; bei einer echten Website entscheidet sie, wer Sie sind.');
        }
        // The built-in site acts with the token of the profile's role: switching it switches the account.
        await deps.settings.update({ profile: { name: DEMO_TEAM[role], role } });
        await options.refreshAccount().catch((err: unknown) => console.error('[copydesk] reading the demo account failed:', err));
        return account();
      },
      'inbox.list': () => deps.inbox.list(),
      'inbox.markRead': ({ ids }) => deps.inbox.markRead(ids),
      'presence.set': async ({ id, editing }) => {
        if (deps.actor.connected()) {
          await deps.team.presence(id, editing).catch((err: unknown) => console.error('[copydesk] telling the site about presence failed:', err));
        }
        return { ok: true as const };
      },
      'presence.list': async ({ id }) => ({ editors: presence.editors(id, await deps.actor.current(), deps.now()) }),
    },
  };
}
