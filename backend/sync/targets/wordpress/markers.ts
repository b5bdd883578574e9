import type { BodyNode } from '../../../../core/article/body-schema';
import { escapeAttr, escapeHtml } from '../../../../core/render/escape';
import { decodeEntities } from './html-text';

/** How an ad slot is written into post content for the site's ad plugin. */
export type AdMarkerStyle = 'comment' | 'advanced-ads';

/** An attribute value safe inside an HTML comment and a shortcode: no quotes, no "--", no brackets. */
export function markerValue(value: string): string {
  return escapeAttr(value).replace(/--/g, '&#45;&#45;').replace(/\[/g, '&#91;').replace(/\]/g, '&#93;');
}

/**
 * The marker for one manual ad slot. 'comment': `<!-- copydesk-ad slot="…" -->` (our own ad
 * plugin or a theme hook reads it); 'advanced-ads': `[the_ad_placement id="…"]`, the Advanced
 * Ads placement shortcode, with the slot mapped to a placement id when a map is given.
 */
export function adMarker(slotId: string, size: string, style: AdMarkerStyle, placementIds: Readonly<Record<string, string>> = {}): string {
  if (style === 'advanced-ads') return `\n[the_ad_placement id="${markerValue(placementIds[slotId] ?? slotId)}"]\n`;
  return `<!-- copydesk-ad slot="${markerValue(slotId)}"${size ? ` size="${markerValue(size)}"` : ''} -->`;
}

/**
 * Where an ad slot of the article stands while it shows no ad ("No ads", or the slot switched off
 * for this article): a comment no ad plugin acts on, read back as the same slot, so the body
 * round-trips unchanged and the slot is back in place when ads are switched on again.
 */
export function adOffMarker(slotId: string, size: string): string {
  return `<!-- copydesk-slot-off slot="${markerValue(slotId)}"${size ? ` size="${markerValue(size)}"` : ''} -->`;
}

const COMMENT_AD = /^\s*copydesk-(?:ad|slot-off)\s+slot="([^"]*)"(?:\s+size="([^"]*)")?\s*$/;
const SHORTCODE_AD = /^\[the_ad_placement\s+id="([^"]*)"\s*\]$/;

/** An adSlot node from a marker comment's text, or null. */
export function adSlotFromComment(text: string): BodyNode | null {
  const m = COMMENT_AD.exec(text);
  if (!m) return null;
  return { type: 'adSlot', attrs: { slotId: decodeEntities(m[1] ?? ''), size: decodeEntities(m[2] ?? '') } };
}

/** An adSlot node from a paragraph that holds only the placement shortcode, or null. */
export function adSlotFromShortcode(text: string, placementIds: Readonly<Record<string, string>> = {}): BodyNode | null {
  const m = SHORTCODE_AD.exec(text.trim());
  if (!m) return null;
  const placement = decodeEntities(m[1] ?? '');
  const slotId = Object.entries(placementIds).find(([, p]) => p === placement)?.[0] ?? placement;
  return { type: 'adSlot', attrs: { slotId, size: '' } };
}

/**
 * The hidden ownership marker at the top of every post Copydesk writes: which article it is and
 * the idempotency token of the write that created or last changed it. WordPress has no
 * idempotency keys; before creating, the adapter searches post content for this token.
 */
export function ownerMarker(articleId: string, token: string): string {
  return `<!-- copydesk:post article="${markerValue(articleId)}" key="${markerValue(token)}" -->`;
}

const OWNER = /<!--\s*copydesk:post\s+article="([^"]*)"\s+key="([^"]*)"\s*-->/;

/** The owner marker of post content, or null when Copydesk did not write it. */
export function readOwnerMarker(content: string): { articleId: string; token: string } | null {
  const m = OWNER.exec(content);
  return m ? { articleId: decodeEntities(m[1] ?? ''), token: decodeEntities(m[2] ?? '') } : null;
}

/** 32-bit FNV-1a of a string, as 8 hex digits (pure, for tokens and fingerprints, not security). */
export function fnv1a(text: string, seed = 0x811c9dc5): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * A search token for an idempotency key: letters and digits only (WordPress search splits
 * terms at spaces, commas and plus signs and treats a leading hyphen as "not"), with a hash
 * of the exact key so that keys differing only in punctuation stay apart.
 */
export function idempotencyToken(key: string): string {
  return `cdk${key.replace(/[^A-Za-z0-9]/g, '').slice(0, 64)}x${fnv1a(key)}${fnv1a(key, 0x050c5d1f)}`;
}

/** Escaped text for post fields WordPress treats as HTML (title, excerpt, term names). */
export const textToWpHtml = (text: string): string => escapeHtml(text);
