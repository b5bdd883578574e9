import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AdConfig, AdSlot } from '../../../../core/ads/model';
import { SAMPLE_AD_CONFIG } from '../../../../core/ads/samples';
import { ANNA, PAUL, RITA, teamBackend } from '../team/fake-team';

const ctx = teamBackend();
beforeEach(() => ctx.setUp());
afterEach(() => ctx.tearDown());

const slot: AdSlot = { id: 'after-2', name: 'Nach Absatz 2', position: { kind: 'afterParagraph', paragraph: 2 }, sizes: ['300x250'], label: '', enabled: true, allowedCategories: [] };

describe('the shared ad inventory', () => {
  it('refuses every write of an editor or reviewer account while a site is connected, and changes nothing', async () => {
    const file = () => readFileSync(path.join(ctx.dir, 'ads.json'), 'utf8');
    await ctx.call('ads.slots.save', { slot }); // no site: the profile may
    const before = file();
    const campaign = SAMPLE_AD_CONFIG.campaigns[0]!;
    for (const account of [ANNA, RITA]) {
      ctx.as(account);
      for (const [name, args] of [
        ['ads.slots.save', { slot: { ...slot, name: 'Anders' } }],
        ['ads.slots.delete', { id: slot.id }],
        ['ads.campaigns.save', { campaign }],
        ['ads.campaigns.delete', { id: campaign.id }],
        ['ads.settings.save', { settings: SAMPLE_AD_CONFIG.settings }],
      ] as const) {
        const result = await ctx.raw(name, args);
        expect(result, `${account.role} ${name}`).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { messageDe: expect.stringContaining('Veröffentlicher') } } });
      }
    }
    expect(file()).toBe(before);
    expect(ctx.team.state.ops).toEqual([]);
  });

  it('applies a publisher’s writes here and queues each as the document put or deleted', async () => {
    ctx.as(PAUL);
    const saved = await ctx.call<AdConfig>('ads.slots.save', { slot });
    expect(saved.slots.some((s) => s.id === slot.id)).toBe(true);
    await ctx.call('ads.slots.delete', { id: slot.id });
    const settings = { ...SAMPLE_AD_CONFIG.settings, maxAdsPer1000Words: 3 };
    await ctx.call('ads.settings.save', { settings });
    const campaign = SAMPLE_AD_CONFIG.campaigns[0]!;
    await ctx.call('ads.campaigns.delete', { id: campaign.id });
    expect(ctx.team.state.ops.map((o) => [o.op, o.by.name])).toEqual([
      [{ kind: 'ad.put', adKind: 'slots', adId: slot.id, doc: slot }, 'Paul Publisher'],
      [{ kind: 'ad.delete', adKind: 'slots', adId: slot.id }, 'Paul Publisher'],
      [{ kind: 'ad.put', adKind: 'settings', adId: 'default', doc: settings }, 'Paul Publisher'],
      [{ kind: 'ad.delete', adKind: 'campaigns', adId: campaign.id }, 'Paul Publisher'],
    ]);
  });

  it('queues nothing for a refused write (an unknown slot)', async () => {
    ctx.as(PAUL);
    expect(await ctx.raw('ads.slots.delete', { id: 'gibt-es-nicht' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(ctx.team.state.ops).toEqual([]);
  });
});
