import type { Campaign } from '../../../../core/ads/model';
import { DEFAULT_AD_SETTINGS } from '../../../../core/ads/model';
import type { Placement, PlacementResult } from '../../../../core/ads/placement-types';
import { SAMPLE_CAMPAIGNS } from '../../../../core/ads/samples';
import type { PolicyContext } from '../../../../core/policy/types';

export const casino = SAMPLE_CAMPAIGNS.find((c) => c.category === 'casino') as Campaign;
export const betting = SAMPLE_CAMPAIGNS.find((c) => c.category === 'sports_betting') as Campaign;
export const house = SAMPLE_CAMPAIGNS.find((c) => c.category === 'house') as Campaign;

/** A body placement after block `blockIndex`. */
export const at = (blockIndex: number, campaign: Campaign | null = house, extra: Partial<Placement> = {}): Placement => ({
  slotId: `s${blockIndex}`,
  position: { kind: 'afterBlock', blockIndex },
  source: 'rule',
  size: '300x250',
  label: 'Anzeige',
  campaign,
  reasons: [],
  ...extra,
});

export const result = (...placements: Placement[]): PlacementResult => ({ placements, skipped: [] });

export const ctx = (now = new Date('2026-11-28T22:30:00Z'), extra: Partial<PolicyContext> = {}): PolicyContext => ({
  settings: DEFAULT_AD_SETTINGS,
  now,
  ...extra,
});
