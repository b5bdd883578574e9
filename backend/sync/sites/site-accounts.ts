import { sameValue } from '../../../core/sync/merge';
import type { SiteAccount } from '../../../core/sync/reference-site-api';
import { ROLES, type Role } from '../../../core/workflow/roles';
import type { SyncTarget } from '../../../core/sync/sync-target';
import { teamTargetOf } from '../targets/team-target';
import type { SecretBox } from '../../storage/secret-box';
import type { createSiteEngines } from './site-engines';
import type { SiteRecord } from './site-record';

/** The account a target reports: GET /me on a team site, whoAmI elsewhere (its name stands in for an id). */
export async function accountOfTarget(target: SyncTarget): Promise<SiteAccount> {
  const team = teamTargetOf(target);
  if (team) return team.account();
  const who = await target.whoAmI();
  return { id: who.name, name: who.name, role: who.role };
}

/**
 * The built-in site's demo team: the account of each role's token (GET /me), so the name the
 * app acts with comes from the site. A role whose token the site does not answer is left out.
 */
export async function demoAccountsOf(record: SiteRecord, tokens: Record<Role, string>, targetFor: (site: SiteRecord, secret: string) => SyncTarget): Promise<SiteRecord['demoAccounts']> {
  const out: NonNullable<SiteRecord['demoAccounts']> = { ...record.demoAccounts };
  for (const role of ROLES) {
    try {
      out[role] = await accountOfTarget(targetFor(record, tokens[role]));
    } catch (err) {
      console.warn(`[copydesk] the built-in site did not answer GET /me for the ${role} account:`, err instanceof Error ? err.message : err);
    }
  }
  return out;
}

/**
 * The sites with their accounts as the sites answer now (a renamed or re-roled account), and
 * the built-in site's demo accounts it did not answer yet (it was not up); best effort. The
 * same array when nothing changed.
 */
export async function refreshedAccounts(sites: SiteRecord[], deps: { engines: ReturnType<typeof createSiteEngines>; secretBox: SecretBox }): Promise<SiteRecord[]> {
  let next = sites;
  const replace = (id: string, change: Partial<SiteRecord>) => (next = next.map((s) => (s.id === id ? { ...s, ...change } : s)));
  for (const site of sites) {
    if (site.builtIn) {
      if (ROLES.every((r) => site.demoAccounts?.[r])) continue;
      const tokens = JSON.parse(await deps.secretBox.open(site.sealed)) as Record<Role, string>;
      const demoAccounts = await demoAccountsOf(site, tokens, (s, secret) => deps.engines.targetFor(s, secret));
      if (!sameValue(demoAccounts, site.demoAccounts)) replace(site.id, { demoAccounts });
      continue;
    }
    const target = deps.engines.get(site.id)?.teamTarget();
    const account = target ? await target.account().catch(() => null) : null;
    if (account && !sameValue(account, site.account)) replace(site.id, { account, user: account.name, role: account.role });
  }
  return next;
}
