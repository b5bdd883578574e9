import { parseAdSize } from '../ads/model';
import type { Creative } from '../ads/model';
import type { Placement } from '../ads/placement-types';
import { escapeAttr, escapeHtml, safeHref, safeImageSrc } from './escape';
import { pageText } from './labels';

/**
 * The inner document of an HTML creative. It runs in a sandboxed srcdoc iframe: an opaque origin
 * (no allow-same-origin) that cannot touch the page, its cookies or navigate the top window.
 * Its own CSP forbids scripts and outside requests except https images.
 */
function creativeDocument(html: string): string {
  return (
    '<!doctype html><html><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: data:; style-src 'unsafe-inline'; font-src https: data:">` +
    '<base target="_blank"><style>html,body{margin:0;padding:0;overflow:hidden}</style></head><body>' +
    html +
    '</body></html>'
  );
}

/** Sandbox flags: links may open new tabs; no scripts, no same-origin, no top navigation, no forms. */
export const AD_FRAME_SANDBOX = 'allow-popups allow-popups-to-escape-sandbox';

function creativeHtml(creative: Creative, width: number, height: number, title: string): string {
  if (creative.kind === 'html') {
    return (
      `<iframe class="ad-frame" title="${escapeAttr(title)}" sandbox="${AD_FRAME_SANDBOX}" ` +
      `width="${width}" height="${height}" loading="lazy" referrerpolicy="no-referrer" ` +
      `srcdoc="${escapeAttr(creativeDocument(creative.html))}"></iframe>`
    );
  }
  const src = safeImageSrc(creative.imageUrl);
  const href = safeHref(creative.clickUrl);
  if (!src) return '';
  const img = `<img src="${escapeAttr(src)}" alt="${escapeAttr(creative.alt)}" width="${width}" height="${height}" loading="lazy">`;
  return href ? `<a class="ad-link" href="${escapeAttr(href)}" rel="sponsored noopener noreferrer" target="_blank">${img}</a>` : img;
}

const SLOT_CLASS: Record<string, string> = { top: 'top', afterBlock: 'inline', end: 'end', sidebar: 'sidebar' };

/**
 * One ad slot: an <aside> carrying its visible label ("Anzeige") above the creative, so it is
 * always told apart from the text. An unfilled slot keeps its box so the layout does not jump.
 */
export function renderAdSlot(placement: Placement, language: 'de' | 'en'): string {
  const label = placement.label.trim() || pageText(language).adLabel;
  const parsed = parseAdSize(placement.size);
  // Placements may come from stored JSON; a broken size falls back to the common rectangle.
  const [width, height] = parsed.width > 0 && parsed.height > 0 ? [parsed.width, parsed.height] : [300, 250];
  const campaign = placement.campaign;
  const inner = campaign ? creativeHtml(campaign.creative, width, height, `${label}: ${campaign.advertiser}`) : '';
  const box = `style="max-width:${width}px;aspect-ratio:${width}/${height}"`;
  const kind = SLOT_CLASS[placement.position.kind] ?? 'inline';
  return (
    `<aside class="ad-slot ad-slot--${kind}" data-slot-id="${escapeAttr(placement.slotId)}" data-source="${placement.source === 'manual' ? 'manual' : 'rule'}" ` +
    `data-size="${width}x${height}" aria-label="${escapeAttr(label)}">` +
    `<div class="ad-label">${escapeHtml(label)}</div>` +
    `<div class="ad-creative${inner ? '' : ' ad-creative--empty'}" ${box}>${inner}</div>` +
    '</aside>'
  );
}
