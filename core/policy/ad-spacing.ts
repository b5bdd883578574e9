import { AD_SHY_BLOCKS, describeBlocks, paragraphsBetween } from '../ads/body-blocks';
import type { Policy, PolicyFinding } from './types';

/**
 * Layout rules the engine keeps for its own ads but an editor's manual marker may break:
 * not before the first paragraph, not next to a quote, list or image, enough paragraphs apart.
 */
export const checkAdSpacing: Policy = (result, article, ctx) => {
  const blocks = describeBlocks(article.body);
  const firstParagraph = blocks.findIndex((b) => b.isParagraph);
  const findings: PolicyFinding[] = [];
  const inBody = result.placements
    .filter((p) => p.position.kind === 'afterBlock' && Number.isInteger(p.position.blockIndex))
    .sort((a, b) => (a.position.blockIndex as number) - (b.position.blockIndex as number));
  inBody.forEach((p, i) => {
    const at = p.position.blockIndex as number;
    if (firstParagraph === -1 || at < firstParagraph) {
      findings.push({
        code: 'AD_BEFORE_FIRST_PARAGRAPH',
        severity: 'warning',
        slotId: p.slotId,
        blockIndex: at,
        message: { de: 'Eine Anzeige steht vor dem ersten Absatz.', en: 'An ad comes before the first paragraph.' },
      });
    }
    // A manual marker occupies its own block, so its neighbours are the blocks around the marker.
    const prev = blocks[p.source === 'manual' ? at - 1 : at];
    const next = blocks[at + 1];
    const shy = [prev, next].find((b) => b && AD_SHY_BLOCKS.has(b.type));
    if (shy) {
      findings.push({
        code: 'AD_NEXT_TO_EMBED',
        severity: 'warning',
        slotId: p.slotId,
        blockIndex: at,
        message: {
          de: 'Eine Anzeige steht direkt neben einem Zitat, einer Liste oder einem Bild.',
          en: 'An ad sits directly next to a quote, list or image.',
        },
      });
    }
    const before = inBody[i - 1];
    const min = ctx.settings.minParagraphsBetweenAds;
    if (before && paragraphsBetween(blocks, before.position.blockIndex as number, at) < min) {
      findings.push({
        code: 'ADS_TOO_CLOSE',
        severity: 'warning',
        slotId: p.slotId,
        blockIndex: at,
        message: {
          de: `Zwischen zwei Anzeigen stehen weniger als ${min} Absätze.`,
          en: `Fewer than ${min} paragraphs between two ads.`,
        },
      });
    }
  });
  return findings;
};
