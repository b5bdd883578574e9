import type { BodyNode } from '../article/body-schema';
import { parseAdSize } from '../ads/model';
import type { Placement } from '../ads/placement-types';
import type { Policy, PolicyArticle } from './types';

/** The phone width the Better Ads Standard measures at, and the theme's text column there. */
export const MOBILE_VIEWPORT_PX = 375;
const COLUMN_PX = MOBILE_VIEWPORT_PX - 2 * 16;

/** Typography of resources/theme/site.css at 375 px: font size, line height, bottom margin. */
const TYPE = {
  body: { font: 18, line: 1.6, margin: 18 },
  h1: { font: 28, line: 1.2, margin: 12 },
  h2: { font: 24, line: 1.25, margin: 16 },
  h3: { font: 20, line: 1.3, margin: 12 },
  teaser: { font: 20, line: 1.45, margin: 16 },
  quote: { font: 20, line: 1.5, margin: 24 },
  small: { font: 14, line: 1.4, margin: 8 },
} as const;

/** Average glyph width as a share of the font size (serif/sans mix). */
const GLYPH_EM = 0.5;
/** Images are shown full column width; 3:2 is the newsroom default. */
const IMAGE_HEIGHT_PX = Math.round((COLUMN_PX * 2) / 3);
/** Label line, its gap, bottom padding and borders, plus the margins around the ad (.ad-slot in site.css). */
const AD_CHROME_PX = 20 + 8 + 12 + 2 + 2 * 24;

function textHeight(text: string, style: { font: number; line: number; margin: number }, width = COLUMN_PX): number {
  if (!text.trim()) return 0;
  const perLine = Math.max(8, Math.floor(width / (style.font * GLYPH_EM)));
  const lines = Math.max(1, Math.ceil(text.length / perLine));
  return lines * style.font * style.line + style.margin;
}

function inlineText(node: BodyNode): string {
  if (node.type === 'text') return node.text ?? '';
  return (node.content ?? []).map(inlineText).join(' ');
}

/** Estimated height in px of one body block at 375 px. */
export function estimateBlockHeight(node: BodyNode, width = COLUMN_PX): number {
  switch (node.type) {
    case 'paragraph':
      return textHeight(inlineText(node), TYPE.body, width);
    case 'heading':
      return textHeight(inlineText(node), node.attrs?.level === 3 ? TYPE.h3 : TYPE.h2, width) + 16;
    case 'bulletList':
    case 'orderedList':
      return (node.content ?? []).reduce((sum, item) => sum + (item.content ?? []).reduce((s, b) => s + estimateBlockHeight(b, width - 24), 0), 0) + 18;
    case 'blockquote':
      return (node.content ?? []).reduce((s, b) => s + textHeight(inlineText(b), TYPE.quote, width - 24), 0) + 28 + TYPE.quote.margin;
    case 'figure': {
      const caption = `${typeof node.attrs?.caption === 'string' ? node.attrs.caption : ''} ${typeof node.attrs?.credit === 'string' ? node.attrs.credit : ''}`;
      return IMAGE_HEIGHT_PX + textHeight(caption, TYPE.small, width) + 24;
    }
    case 'horizontalRule':
      return 33;
    case 'table':
      // A row of cells at 15 px type (site.css .body-table), one line each, plus the table's margins.
      return (node.content ?? []).reduce((sum, row) => sum + Math.max(34, ...(row.content ?? []).map((cell) => textHeight(inlineText(cell), TYPE.small, width / Math.max(1, row.content?.length ?? 1)))), 0) + 48;
    default:
      return 0;
  }
}

/** Height in px of one ad at 375 px: the creative scaled down to the column if wider, plus its label. */
export function estimateAdHeight(size: string): number {
  const { width, height } = parseAdSize(size);
  if (!width || !height) return AD_CHROME_PX;
  return Math.round(height * Math.min(1, COLUMN_PX / width)) + AD_CHROME_PX;
}

/** An estimate of how much of the phone's main content is advertising. */
export interface DensityEstimate {
  /** Summed height of the ads inside the main content (sidebar ads stack below it on phones). */
  adHeightPx: number;
  /** Height of the main content including those ads. */
  contentHeightPx: number;
  /** adHeightPx / contentHeightPx, 0 for an empty page. */
  ratio: number;
}

/** Height of the phone page's main content without ads: the part of the density that ads do not change. */
export function estimateTextHeight(article: PolicyArticle): number {
  let text = 0;
  text += textHeight(article.section, TYPE.small);
  text += textHeight(article.headline, TYPE.h1);
  text += textHeight(article.teaser, TYPE.teaser);
  text += textHeight(`${article.author} 00.00.0000`, TYPE.small);
  if (article.leadImage.mediaId) text += IMAGE_HEIGHT_PX + textHeight(article.leadImage.credit, TYPE.small);
  for (const node of article.body.content) text += estimateBlockHeight(node);
  text += textHeight(article.tags.join(', '), TYPE.small) + textHeight(article.source, TYPE.small);
  return Math.round(text);
}

/** The density of `placements` over a main content of `textPx` (see estimateTextHeight). */
export function densityOver(textPx: number, placements: readonly Placement[]): DensityEstimate {
  const adHeightPx = placements.filter((p) => p.position.kind !== 'sidebar').reduce((sum, p) => sum + estimateAdHeight(p.size), 0);
  const contentHeightPx = textPx + adHeightPx;
  return { adHeightPx, contentHeightPx, ratio: contentHeightPx > 0 ? adHeightPx / contentHeightPx : 0 };
}

/**
 * Better Ads Standard ad density at 375 px, estimated from block heights: the one density
 * figure of the app, the site, the checklist and the placement engine.
 */
export const estimateMobileDensity = (article: PolicyArticle, placements: readonly Placement[]): DensityEstimate =>
  densityOver(estimateTextHeight(article), placements);

/** A ratio as the percent figure shown everywhere (one decimal). */
export const densityPercentOf = (ratio: number): number => Math.round(ratio * 1000) / 10;

/**
 * THE density figure, in percent with one decimal: the preview's meter, the policy (and so the
 * checklist) and the placement's fitting all read this one function, so they never disagree.
 * (The meter used to measure the rendered frame, the checklist to estimate: 51.3 % against 49.6 %.)
 */
export const mobileDensityPercent = (article: PolicyArticle, placements: readonly Placement[]): number => densityPercentOf(estimateMobileDensity(article, placements).ratio);

/** A density ratio as a percent figure in the language's writing ("52.5 %", German "52,5 %"). */
export const formatDensity = (ratio: number, lang: 'de' | 'en'): string => `${String(densityPercentOf(ratio)).replace('.', lang === 'de' ? ',' : '.')} %`;

/** Ads fill at most settings.maxMobileDensity (30 %) of the main content on a phone. */
export const checkMobileDensity: Policy = (result, article, ctx) => {
  const ratio = estimateMobileDensity(article, result.placements).ratio;
  const max = ctx.settings.maxMobileDensity;
  if (ratio <= max) return [];
  return [
    {
      code: 'MOBILE_AD_DENSITY',
      severity: 'error',
      message: {
        de: `Werbedichte auf dem Smartphone ${formatDensity(ratio, 'de')}, erlaubt sind höchstens ${formatDensity(max, 'de')} (Better Ads Standard).`,
        en: `Mobile ad density is ${formatDensity(ratio, 'en')}; at most ${formatDensity(max, 'en')} is allowed (Better Ads Standard).`,
      },
    },
  ];
};
