import { afterEach, describe, expect, it } from 'vitest';
import type { TeamAccount } from '../../../../core/contract/calls/team';
import type { Settings } from '../../../../core/contract/contract';
import { DEMO_TEAM } from '../../../../backend/team/demo-team';
import { ANNA, teamBackend } from './fake-team';

const tokens = { editor: 'tok-editor-000000000000', reviewer: 'tok-reviewer-0000000000', publisher: 'tok-publisher-000000000' };
// Port 9 (discard) refuses: the built-in site's engine stays offline, which these calls do not need.
const withDemo = teamBackend({ sync: { embeddedSite: { url: 'http://127.0.0.1:9', tokens } } });
const plain = teamBackend();
const opened: Array<typeof plain> = [];
/** Opens a back end for this test only. */
async function open(ctx: typeof plain): Promise<void> {
  await ctx.setUp();
  opened.push(ctx);
}
afterEach(async () => {
  for (const ctx of opened.splice(0)) {
    // The sync module registers the built-in site in the background; a test ends only after it did.
    if (ctx === withDemo) await expect.poll(async () => (await ctx.call<unknown[]>('sites.list')).length, { timeout: 3000, interval: 20 }).toBe(1);
    await ctx.tearDown();
  }
});

describe('team.account and the demo team', () => {
  it('answers the account the app acts as and, on the built-in site, its demo team', async () => {
    await open(withDemo);
    const demo = { id: 'u-demo-1', name: DEMO_TEAM.editor, role: 'editor' as const };
    withDemo.as(demo);
    const view = await withDemo.call<TeamAccount>('team.account');
    expect(view).toMatchObject({ account: demo, demo: true });
    expect(view.demoAccounts).toEqual([
      { role: 'editor', name: 'Demo Redaktion' },
      { role: 'reviewer', name: 'Demo Prüfung' },
      { role: 'publisher', name: 'Demo Veröffentlichung' },
    ]);
  });

  it('switches the demo account by making the profile follow the role (the built-in site picks the token by it)', async () => {
    await open(withDemo);
    withDemo.as({ id: 'u-demo-1', name: DEMO_TEAM.editor, role: 'editor' });
    await withDemo.call('team.useDemoAccount', { role: 'publisher' });
    expect((await withDemo.call<Settings>('settings.get')).profile).toEqual({ name: 'Demo Veröffentlichung', role: 'publisher' });
  });

  it('refuses a demo switch while a real site’s account acts, and without the built-in site', async () => {
    await open(withDemo);
    withDemo.as(ANNA);
    expect(await withDemo.raw('team.useDemoAccount', { role: 'publisher' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { messageDe: expect.any(String) } } });
    expect((await withDemo.call<TeamAccount>('team.account')).demo).toBe(false);
    await open(plain);
    expect(await plain.raw('team.useDemoAccount', { role: 'editor' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await plain.call('team.account')).toEqual({ account: null, siteUrl: null, demo: false, demoAccounts: [] });
  });
});

describe('presence calls', () => {
  it('tells the site while connected, and never without a site', async () => {
    await open(plain);
    const a = await plain.ready();
    expect(await plain.call('presence.set', { id: a.id, editing: true })).toEqual({ ok: true });
    expect(plain.team.state.presence).toEqual([]);
    plain.as(ANNA);
    await plain.call('presence.set', { id: a.id, editing: true });
    await plain.call('presence.set', { id: a.id, editing: false });
    expect(plain.team.state.presence).toEqual([
      [a.id, true],
      [a.id, false],
    ]);
    expect(await plain.call('presence.list', { id: a.id })).toEqual({ editors: [] });
  });

  it('answers ok even when the site cannot be told (presence is best effort)', async () => {
    await open(plain);
    plain.as(ANNA);
    const working = plain.team.channel.presence;
    plain.team.channel.presence = async () => {
      throw new Error('offline');
    };
    try {
      const a = await plain.ready();
      expect(await plain.call('presence.set', { id: a.id, editing: true })).toEqual({ ok: true });
    } finally {
      plain.team.channel.presence = working;
    }
  });
});
