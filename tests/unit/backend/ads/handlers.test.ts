import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AdConfig, AdSlot, Campaign } from '../../../../core/ads/model';
import { SAMPLE_AD_CONFIG } from '../../../../core/ads/samples';
import type { Article } from '../../../../core/article/article';
import type { AdEvaluation } from '../../../../core/contract/calls/ads';
import { createBackend } from '../../../../backend/backend';
import type { Backend } from '../../../../backend/backend-types';
import { evaluateArticleAds } from '../../../../core/policy/evaluate-article-ads';

let dir: string;
let backend: Backend;

async function call<T>(name: string, args: unknown = {}): Promise<T> {
  const result = await backend.dispatch(name, args);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}
async function failure(name: string, args: unknown): Promise<{ code: string; message: string }> {
  const result = await backend.dispatch(name, args);
  if (result.ok) throw new Error(`${name} unexpectedly succeeded`);
  return result.error;
}

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const words = (n: number, w = 'Wort') => Array.from({ length: n }, () => w).join(' ');

async function article(changes: Record<string, unknown>): Promise<Article> {
  const created = await call<Article>('articles.create', {});
  await call('articles.save', { id: created.id, baseRev: created.rev, changes });
  return call<Article>('articles.get', { id: created.id });
}

const slot: AdSlot = { id: 'after-2', name: 'Nach Absatz 2', position: { kind: 'afterParagraph', paragraph: 2 }, sizes: ['300x250'], label: '', enabled: true, allowedCategories: [] };
const campaign: Campaign = {
  id: 'brauerei',
  advertiser: 'Brauerei Nord',
  category: 'display',
  creative: { kind: 'image', imageUrl: 'https://ads.example.org/b.png', clickUrl: 'https://example.org', alt: 'Brauerei Nord' },
  sizes: ['300x250'],
  flightStart: '2026-01-01T00:00:00Z',
  flightEnd: '2026-12-31T00:00:00Z',
  targetSections: [],
  targetTags: [],
  excludedTags: [],
  priority: 5,
  weight: 1,
  licence: 'unknown',
};

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-ads-'));
  backend = await createBackend({ dataDir: dir, host: 'web', version: '1.0.0', forcedLanguage: null, systemLanguage: 'de-DE', openExternal: async () => true });
});
afterEach(async () => {
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ad inventory through the contract', () => {
  it('starts with the sample inventory', async () => {
    const config = await call<AdConfig>('ads.config.get');
    expect(config.slots.map((s) => s.id)).toEqual(SAMPLE_AD_CONFIG.slots.map((s) => s.id));
    expect(config.campaigns.map((c) => c.id)).toContain('casino-royal-nord');
  });

  it('adds, replaces and deletes a slot, durably', async () => {
    await call('ads.slots.save', { slot });
    const renamed = await call<AdConfig>('ads.slots.save', { slot: { ...slot, name: 'Nach dem zweiten Absatz' } });
    expect(renamed.slots.filter((s) => s.id === 'after-2').map((s) => s.name)).toEqual(['Nach dem zweiten Absatz']);
    const onDisk = JSON.parse(readFileSync(path.join(dir, 'ads.json'), 'utf8')) as AdConfig;
    expect(onDisk.slots.some((s) => s.name === 'Nach dem zweiten Absatz')).toBe(true);
    const after = await call<AdConfig>('ads.slots.delete', { id: 'after-2' });
    expect(after.slots.some((s) => s.id === 'after-2')).toBe(false);
    expect((await failure('ads.slots.delete', { id: 'after-2' })).code).toBe('NOT_FOUND');
  });

  it('keeps both of two saves sent at once', async () => {
    await Promise.all([call('ads.slots.save', { slot }), call('ads.slots.save', { slot: { ...slot, id: 'other' } })]);
    const config = await call<AdConfig>('ads.config.get');
    expect(config.slots.filter((s) => s.id === 'after-2' || s.id === 'other')).toHaveLength(2);
  });

  it('rejects a malformed slot and a campaign whose flight ends before it starts', async () => {
    expect((await failure('ads.slots.save', { slot: { ...slot, sizes: ['big'] } })).code).toBe('INVALID_ARGUMENT');
    expect((await failure('ads.slots.save', { slot: { ...slot, position: { kind: 'everyWords', words: 3 } } })).code).toBe('INVALID_ARGUMENT');
    const err = await failure('ads.campaigns.save', { campaign: { ...campaign, flightEnd: '2025-01-01T00:00:00Z' } });
    expect(err.code).toBe('INVALID_ARGUMENT');
    expect(err.message).toMatch(/flight must end after it starts/);
  });

  it('requires a licence status for gambling campaigns only', async () => {
    const err = await failure('ads.campaigns.save', { campaign: { ...campaign, id: 'slots-x', category: 'slots' } });
    expect(err.code).toBe('INVALID_ARGUMENT');
    expect(err.message).toMatch(/licence/);
    await call('ads.campaigns.save', { campaign: { ...campaign, id: 'slots-x', category: 'slots', licence: 'licensed' } });
    const config = await call<AdConfig>('ads.campaigns.save', { campaign });
    expect(config.campaigns.map((c) => c.id)).toEqual(expect.arrayContaining(['slots-x', 'brauerei']));
    expect((await call<AdConfig>('ads.campaigns.delete', { id: 'brauerei' })).campaigns.some((c) => c.id === 'brauerei')).toBe(false);
  });

  it('stores the site-wide rules', async () => {
    const config = await call<AdConfig>('ads.settings.save', { settings: { ...SAMPLE_AD_CONFIG.settings, maxMobileDensity: 0.25 } });
    expect(config.settings.maxMobileDensity).toBe(0.25);
    expect((await failure('ads.settings.save', { settings: { ...SAMPLE_AD_CONFIG.settings, maxMobileDensity: 3 } })).code).toBe('INVALID_ARGUMENT');
  });
});

describe('preview.evaluate', () => {
  const longBody = { type: 'doc', content: Array.from({ length: 12 }, (_, i) => para(`${i + 1}. ${words(60)}`)) };

  it('places the casino ad at 22:00 Berlin time and not at 14:00', async () => {
    const a = await article({ headline: 'Derby', body: longBody, section: 'Sport' });
    const night = await call<AdEvaluation>('preview.evaluate', { id: a.id, at: '2026-06-10T20:00:00Z' });
    const day = await call<AdEvaluation>('preview.evaluate', { id: a.id, at: '2026-06-10T12:00:00Z' });
    const campaigns = (e: AdEvaluation) => e.placements.map((p) => p.campaign?.id);
    expect(campaigns(night)).toContain('casino-royal-nord');
    expect(campaigns(day)).not.toContain('casino-royal-nord');
    expect(day.skipped.some((s) => s.code === 'GAMBLING_HOURS' && s.campaignId === 'casino-royal-nord')).toBe(true);
  });

  it('checks the unsaved draft when fields are given, and respects "No ads"', async () => {
    const a = await article({ headline: 'Kurz', body: longBody });
    const withAds = await call<AdEvaluation>('preview.evaluate', { id: a.id, at: '2026-06-10T12:00:00Z' });
    expect(withAds.placements.length).toBeGreaterThan(2);
    const { id: _id, rev: _rev, bodySchema: _b, status: _s, schedule: _sc, statusHistory: _h, createdAt: _c, updatedAt: _u, ...fields } = a;
    const none = await call<AdEvaluation>('preview.evaluate', { id: a.id, at: '2026-06-10T12:00:00Z', fields: { ...fields, noAds: true } });
    expect(none.placements).toEqual([]);
    expect(none.skipped.map((s) => s.code)).toEqual(['NO_ADS_ARTICLE']);
  });

  it('regression (issue 12): a short brief with the default inventory drops ads to stay within the density rule, and says which', async () => {
    const a = await article({ headline: 'Kurz', body: { type: 'doc', content: [para(words(25)), para(words(25))] } });
    const evaluation = await call<AdEvaluation>('preview.evaluate', { id: a.id, at: '2026-06-10T12:00:00Z' });
    expect(evaluation.findings.some((f) => f.code === 'MOBILE_AD_DENSITY')).toBe(false);
    const dropped = evaluation.skipped.filter((s) => s.code === 'DENSITY_LIMIT');
    expect(dropped.length).toBeGreaterThan(0);
    expect(dropped[0]!.message.de).toMatch(/am Artikelende entfällt: damit läge die Werbedichte auf dem Smartphone bei \d+(,\d)? % \(höchstens 30 %\)/);
  });

  it('applies the article\'s slot overrides', async () => {
    const a = await article({ headline: 'Ohne Seitenleiste', body: longBody, adOverrides: [{ slotId: 'sidebar', enabled: false }, { slotId: 'end', position: { kind: 'top' } }] });
    const e = await call<AdEvaluation>('preview.evaluate', { id: a.id, at: '2026-06-10T12:00:00Z' });
    expect(e.placements.some((p) => p.slotId === 'sidebar')).toBe(false);
    expect(e.placements.find((p) => p.slotId === 'end')?.position.kind).toBe('top');
  });

  it('answers NOT_FOUND for an unknown article and INVALID_ARGUMENT for a bad time', async () => {
    expect((await failure('preview.evaluate', { id: 'missing-article' })).code).toBe('NOT_FOUND');
    const a = await article({ headline: 'X' });
    expect((await failure('preview.evaluate', { id: a.id, at: 'morgen' })).code).toBe('INVALID_ARGUMENT');
  });

  it('is the same pure evaluation the workflow can call', async () => {
    const a = await article({ headline: 'Gleich', body: longBody });
    const at = '2026-06-10T20:00:00Z';
    const viaCall = await call<AdEvaluation>('preview.evaluate', { id: a.id, at });
    const direct = evaluateArticleAds(a, await call<AdConfig>('ads.config.get'), new Date(at), 'Europe/Berlin');
    expect(viaCall.placements.map((p) => [p.slotId, p.campaign?.id])).toEqual(direct.placements.map((p) => [p.slotId, p.campaign?.id]));
    expect(viaCall.findings).toEqual(direct.findings);
  });
});
