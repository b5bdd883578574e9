import type { BodyDoc, BodyNode } from '../article/body-schema';
import { BLOCK_NODES } from '../article/body-schema';

/**
 * The text of a body as the editor quotes it (ProseMirror's `textBetween(from, to, ' ')`: text
 * of the textblocks, one space between blocks), with the document position where each
 * character starts and ends. A separator spans from the end of one textblock's content to
 * the start of the next one's.
 */
export interface BodyTextPositions {
  text: string;
  starts: number[];
  ends: number[];
  /** The document's content size (the largest valid position). */
  size: number;
}

const TEXTBLOCKS = new Set(Object.entries(BLOCK_NODES).filter(([, spec]) => spec.content === 'inline').map(([type]) => type));
const isLeaf = (node: BodyNode): boolean => node.type === 'text' || node.type === 'hardBreak' || (node.type in BLOCK_NODES && BLOCK_NODES[node.type as keyof typeof BLOCK_NODES].content === 'none');
/** A node's size in document positions: text by its UTF-16 length, leaves 1, others 2 plus their content. */
const sizeOf = (node: BodyNode): number => (node.type === 'text' ? (node.text ?? '').length : isLeaf(node) ? 1 : 2 + (node.content ?? []).reduce((n, c) => n + sizeOf(c), 0));

/** Walks the body in document order and collects its quotable text with positions. */
export function bodyTextPositions(doc: BodyDoc): BodyTextPositions {
  const out: BodyTextPositions = { text: '', starts: [], ends: [], size: 0 };
  let lastEnd: number | null = null;
  const push = (ch: string, start: number, end: number) => {
    out.text += ch;
    out.starts.push(start);
    out.ends.push(end);
  };
  const walk = (nodes: readonly BodyNode[], pos: number): number => {
    for (const node of nodes) {
      if (TEXTBLOCKS.has(node.type)) {
        const contentStart = pos + 1;
        if (lastEnd !== null) push(' ', lastEnd, contentStart);
        let p = contentStart;
        for (const inline of node.content ?? []) {
          if (inline.type === 'text') for (let i = 0; i < (inline.text ?? '').length; i++) push(inline.text![i]!, p + i, p + i + 1);
          p += sizeOf(inline);
        }
        lastEnd = p;
      } else if (!isLeaf(node)) walk(node.content ?? [], pos + 1);
      pos += sizeOf(node);
    }
    return pos;
  };
  out.size = walk(doc.content, 0);
  return out;
}
