import type { Settings } from '../../core/contract/contract';
import { AppError } from '../../core/contract/result';
import type { Actor } from '../../core/workflow/roles';
import { actorOf } from '../workflow/actor';
import type { SettingsService } from '../app/settings-service';
import type { TeamChannel } from '../sync/team/team-port';

/** The person behind every call: the connected site's account, else the settings profile. */
export interface ActingActor {
  /** Who acts now (the account carries its site id). */
  current(): Promise<Actor>;
  /** True while a site is connected (its account decides; there is no self-declared role). */
  connected(): boolean;
}

/** The acting actor of `team` and `settings`. */
export function createActingActor(team: TeamChannel, settings: Pick<SettingsService, 'get'>): ActingActor {
  return {
    async current() {
      const account = team.account();
      if (account) return { id: account.id, name: account.name, role: account.role };
      const profile: Settings['profile'] = (await settings.get()).profile;
      return actorOf(profile);
    },
    connected: () => team.account() !== null,
  };
}

/** A refusal in both UI languages (FORBIDDEN unless said otherwise). */
export function refusal(en: string, de: string, code: 'FORBIDDEN' | 'CONFLICT' = 'FORBIDDEN'): AppError {
  return new AppError(code, en, { messageDe: de });
}
