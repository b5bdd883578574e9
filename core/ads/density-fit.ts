import { densityOver, densityPercentOf, estimateTextHeight, formatDensity } from '../policy/mobile-density';
import type { PolicyArticle } from '../policy/types';
import type { Placement, PlacementResult, Skipped } from './placement-types';

const PAGE_RANK: Record<Placement['position']['kind'], number> = { top: 3, afterBlock: 2, end: 1, sidebar: 0 };

/**
 * Which inventory ad goes first when the page is too dense, lowest priority first: empty slots
 * before filled ones, the lower campaign priority, then the one further down the page (the end
 * ad before body ads, body ads from the bottom, the top ad last). The editor's own markers are
 * never dropped: they are a choice made in this article, which the density finding then names.
 * Sidebar ads are not in the phone's main content, so they never count.
 */
function dropOrder(a: Placement, b: Placement): number {
  const key = (p: Placement) => [p.campaign ? 1 : 0, p.campaign?.priority ?? -1, PAGE_RANK[p.position.kind], -(p.position.blockIndex ?? 0)];
  const [ka, kb] = [key(a), key(b)];
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
  return 0;
}

const WHERE: Record<Placement['position']['kind'], { de: string; en: string }> = {
  top: { de: 'am Artikelanfang', en: 'at the top of the article' },
  afterBlock: { de: 'im Text', en: 'in the text' },
  end: { de: 'am Artikelende', en: 'at the end of the article' },
  sidebar: { de: 'in der Seitenleiste', en: 'in the sidebar' },
};

function droppedEntry(p: Placement, withIt: number, maxRatio: number): Skipped {
  const where = WHERE[p.position.kind];
  const what = p.campaign
    ? { de: `Die Anzeige von ${p.campaign.advertiser} ${where.de}`, en: `The ${p.campaign.advertiser} ad ${where.en}` }
    : { de: `Der leere Werbeplatz ${where.de}`, en: `The empty ad slot ${where.en}` };
  return {
    code: 'DENSITY_LIMIT',
    slotId: p.slotId,
    campaignId: p.campaign?.id ?? null,
    ...(p.position.blockIndex !== undefined ? { blockIndex: p.position.blockIndex } : {}),
    message: {
      de: `${what.de} entfällt: damit läge die Werbedichte auf dem Smartphone bei ${formatDensity(withIt, 'de')} (höchstens ${formatDensity(maxRatio, 'de')}).`,
      en: `${what.en} is left out: with it, mobile ad density would be ${formatDensity(withIt, 'en')} (at most ${formatDensity(maxRatio, 'en')}).`,
    },
  };
}

/** A placement with the one density figure (see mobileDensityPercent) of what stays. */
export interface FittedPlacement extends PlacementResult {
  density: { ratio: number; percent: number };
}

/**
 * Drops inventory ads, lowest priority first (see dropOrder), until the phone page is within
 * `maxRatio`, and says which as DENSITY_LIMIT entries: a short article is never unapprovable
 * only because the inventory has more ads than its length carries.
 */
export function fitMobileDensity(article: PolicyArticle, result: PlacementResult, maxRatio: number): FittedPlacement {
  // The text's height does not change between passes: estimated once, only the ads per pass.
  const textPx = estimateTextHeight(article);
  const ratioOf = (kept: readonly Placement[]) => densityOver(textPx, kept).ratio;
  let kept = result.placements;
  const dropped: Placement[] = [];
  while (ratioOf(kept) > maxRatio) {
    const victim = kept.filter((p) => p.source === 'rule' && p.position.kind !== 'sidebar').sort(dropOrder)[0];
    if (!victim) break;
    dropped.push(victim);
    kept = kept.filter((p) => p !== victim);
  }
  // A small ad dropped before a big one may fit once the big one is gone: given back, the
  // higher priority first, whatever still fits.
  for (const d of [...dropped].reverse()) {
    const back = result.placements.filter((p) => kept.includes(p) || p === d);
    if (ratioOf(back) <= maxRatio) {
      kept = back;
      dropped.splice(dropped.indexOf(d), 1);
    }
  }
  const ratio = ratioOf(kept);
  // Each reason names the density the page would have with that one ad back.
  const entries = dropped.map((d) => droppedEntry(d, ratioOf(result.placements.filter((p) => kept.includes(p) || p === d)), maxRatio));
  return { placements: kept, skipped: [...result.skipped, ...entries], density: { ratio, percent: densityPercentOf(ratio) } };
}
