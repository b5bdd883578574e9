import type { SiteView, TeamAccount } from '../../../core/contract/contract';
import type { Role } from '../../../core/workflow/roles';

const sameSite = (a: string, b: string) => a.replace(/\/+$/, '') === b.replace(/\/+$/, '');

/**
 * The account the app uses on a site: the signed-in team account for the site it belongs to
 * (its display name from GET /me), otherwise what the site list knows (the user name).
 */
export function siteAccountOf(site: SiteView, team: TeamAccount | null): { name: string; role: Role } {
  if (team?.account && team.siteUrl && sameSite(team.siteUrl, site.url)) return { name: team.account.name, role: team.account.role };
  return { name: site.user, role: site.role };
}
