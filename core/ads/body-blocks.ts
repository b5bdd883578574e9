import type { BodyDoc, BodyNode } from '../article/body-schema';
import { countWords } from '../text/body-text';

/** Block types an ad may never sit inside or directly next to. */
export const AD_SHY_BLOCKS: ReadonlySet<string> = new Set(['blockquote', 'bulletList', 'orderedList', 'figure']);

/** What the placement engine needs to know about one top-level body block. */
export interface BlockInfo {
  index: number;
  type: string;
  /** A paragraph with visible text; empty paragraphs do not count as paragraphs. */
  isParagraph: boolean;
  words: number;
}

function inlineText(node: BodyNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return ' ';
  return (node.content ?? []).map(inlineText).join(node.type === 'paragraph' || node.type === 'heading' ? '' : ' ');
}

/** Facts about each top-level block of a body, in order. */
export function describeBlocks(body: BodyDoc): BlockInfo[] {
  return body.content.map((node, index) => {
    const text = node.type === 'adSlot' || node.type === 'figure' ? '' : inlineText(node);
    const words = countWords(text);
    return { index, type: node.type, isParagraph: node.type === 'paragraph' && text.trim() !== '', words };
  });
}

/** Total words of the text blocks (ad markers and figures count zero). */
export const totalWords = (blocks: readonly BlockInfo[]): number => blocks.reduce((sum, b) => sum + b.words, 0);

/** Paragraphs strictly after block `from` up to and including block `to` (from < to). */
export function paragraphsBetween(blocks: readonly BlockInfo[], from: number, to: number): number {
  const [a, b] = from < to ? [from, to] : [to, from];
  let n = 0;
  for (let i = a + 1; i <= b; i++) if (blocks[i]?.isParagraph) n++;
  return n;
}

/**
 * Whether the rules may put an ad right after block `index`: there is a block after it,
 * a paragraph already came, and neither neighbour is a quote, list, figure or ad marker.
 */
export function isRulePositionAllowed(blocks: readonly BlockInfo[], index: number): boolean {
  const before = blocks[index];
  const after = blocks[index + 1];
  if (!before || !after) return false;
  if (!blocks.slice(0, index + 1).some((b) => b.isParagraph)) return false;
  const blocked = (b: BlockInfo) => AD_SHY_BLOCKS.has(b.type) || b.type === 'adSlot';
  return !blocked(before) && !blocked(after);
}

/** adSlot nodes nested inside other blocks (only top-level markers are honoured). */
export function nestedAdSlots(body: BodyDoc): Array<{ blockIndex: number; slotId: unknown }> {
  const found: Array<{ blockIndex: number; slotId: unknown }> = [];
  const walk = (node: BodyNode, blockIndex: number) => {
    for (const child of node.content ?? []) {
      if (child.type === 'adSlot') found.push({ blockIndex, slotId: child.attrs?.slotId });
      walk(child, blockIndex);
    }
  };
  body.content.forEach((node, i) => walk(node, i));
  return found;
}
