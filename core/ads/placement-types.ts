import type { Article } from '../article/article';
import type { AdSettings, AdSlot, Campaign, LocalizedText, SlotOverride } from './model';

/** Where a placed ad appears. `afterBlock` means right after the top-level body block `blockIndex`. */
export interface PlacementPosition {
  kind: 'top' | 'afterBlock' | 'end' | 'sidebar';
  blockIndex?: number;
}

/** One ad on the page: the slot, where it goes, who placed it, and which campaign fills it. */
export interface Placement {
  slotId: string;
  position: PlacementPosition;
  /** 'manual': an adSlot node the editor inserted; 'rule': the inventory's position rule. */
  source: 'manual' | 'rule';
  size: string;
  label: string;
  /** null when no campaign may run here (the slot stays empty). */
  campaign: Campaign | null;
  /** Why this slot is here and why this campaign was chosen (English, for logs and tooltips). */
  reasons: string[];
}

export const SKIP_CODES = [
  'NO_ADS_ARTICLE',
  'SLOT_DISABLED',
  'SLOT_UNKNOWN',
  'NO_VALID_POSITION',
  'TOO_CLOSE',
  'MAX_ADS_REACHED',
  'MANUAL_NOT_TOP_LEVEL',
  'SIZE_NOT_ALLOWED',
  'FLIGHT_NOT_ACTIVE',
  'TARGETING_MISMATCH',
  'EXCLUDED_TAG',
  'BRAND_SAFETY',
  'GAMBLING_UNLICENSED',
  'GAMBLING_HOURS',
  'SIZE_MISMATCH',
  'DENSITY_LIMIT',
] as const;
export type SkipCode = (typeof SKIP_CODES)[number];

/** Something the engine left out, and why, so the UI can explain it. */
export interface Skipped {
  code: SkipCode;
  slotId: string | null;
  campaignId: string | null;
  blockIndex?: number;
  message: LocalizedText;
}

export interface PlacementResult {
  placements: Placement[];
  skipped: Skipped[];
  /** The mobile ad density of these placements (the one figure, in percent); set by adsOfArticleAt. */
  density?: { ratio: number; percent: number };
}

export interface PlacementInput {
  article: Pick<Article, 'body' | 'noAds' | 'tags' | 'section' | 'language'>;
  slots: readonly AdSlot[];
  campaigns: readonly Campaign[];
  settings: AdSettings;
  /** Render time: decides flights and gambling hours. */
  now: Date;
  /** Same seed + same inputs = same page. */
  seed: string;
  /** The site's zone, used when times are shown in reasons. Gambling hours are always Berlin time. */
  timeZone: string;
  /** Per-article slot changes (switch a slot off or move it). */
  overrides?: readonly SlotOverride[];
}
