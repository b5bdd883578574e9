import { describe, expect, it } from 'vitest';
import type { SiteView } from '../../../../core/contract/contract';
import { siteAccountOf } from '../../../../renderer/src/sync/site-account';
import { teamAccount } from '../team/team-fixtures';

const site = (url: string, user: string): SiteView => ({ id: url, kind: 'reference-site', url, user, role: 'editor', builtIn: false, connection: 'online', lastError: null, lastSyncAt: null, queued: 0 });

describe('siteAccountOf', () => {
  it('names the signed-in account on its own site and what the list knows elsewhere', () => {
    const team = teamAccount('publisher', 'Petra Lange');
    expect(siteAccountOf(site('http://127.0.0.1:4400/', 'token-user'), team)).toEqual({ name: 'Petra Lange', role: 'publisher' });
    expect(siteAccountOf(site('https://news.example.org', 'wp-anna'), team)).toEqual({ name: 'wp-anna', role: 'editor' });
    expect(siteAccountOf(site('http://127.0.0.1:4400', 'x'), null)).toEqual({ name: 'x', role: 'editor' });
  });
});
