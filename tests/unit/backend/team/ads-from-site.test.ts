import { describe, expect, it } from 'vitest';
import { SAMPLE_AD_CONFIG } from '../../../../core/ads/samples';
import type { SiteAdItem } from '../../../../core/sync/reference-site-api';
import { applySiteAds } from '../../../../backend/team/ads-from-site';

const slot = SAMPLE_AD_CONFIG.slots[0]!;

function apply(items: SiteAdItem[]) {
  const skipped: string[] = [];
  const config = applySiteAds(SAMPLE_AD_CONFIG, items, (item, why) => skipped.push(`${item.kind}/${item.id}: ${why}`));
  return { config, skipped };
}

describe('applySiteAds', () => {
  it('adds a new document, replaces a known one in place and deletes on null', () => {
    const added = { ...slot, id: 'neu-unten', name: 'Neu unten' };
    const { config, skipped } = apply([
      { kind: 'slots', id: 'neu-unten', doc: added },
      { kind: 'slots', id: slot.id, doc: { ...slot, name: 'Umbenannt' } },
      { kind: 'campaigns', id: SAMPLE_AD_CONFIG.campaigns[1]!.id, doc: null },
    ]);
    expect(skipped).toEqual([]);
    expect(config.slots.map((s) => s.id)).toEqual([...SAMPLE_AD_CONFIG.slots.map((s) => s.id), 'neu-unten']);
    expect(config.slots[0]!.name).toBe('Umbenannt');
    expect(config.campaigns).toHaveLength(SAMPLE_AD_CONFIG.campaigns.length - 1);
  });

  it('skips a document whose id is not the one it is filed under, and one that fails its schema', () => {
    const { config, skipped } = apply([
      { kind: 'slots', id: 'anderer', doc: { ...slot, name: 'Falsch abgelegt' } },
      { kind: 'settings', id: 'default', doc: { minParagraphsBetweenAds: -1 } },
    ]);
    expect(skipped).toHaveLength(2);
    expect(skipped[0]).toContain(`its id is "${slot.id}"`);
    expect(config).toEqual(SAMPLE_AD_CONFIG);
  });

  it('keeps the local copy whole when the result as a whole would be invalid (more than 100 slots)', () => {
    const many = Array.from({ length: 101 }, (_, n): SiteAdItem => ({ kind: 'slots', id: `slot-${n}`, doc: { ...slot, id: `slot-${n}` } }));
    const { config, skipped } = apply(many);
    expect(config).toBe(SAMPLE_AD_CONFIG);
    expect(skipped).toHaveLength(101);
  });
});
