import type { BodyDoc, BodyNode } from '../article/body-schema';

function collect(node: BodyNode, out: string[]): void {
  if (node.type === 'text' && node.text) out.push(node.text);
  if (node.type === 'hardBreak') out.push(' ');
  if (node.type === 'figure') {
    const caption = node.attrs?.caption;
    if (typeof caption === 'string' && caption) out.push(caption, '\n');
  }
  if (node.type === 'tableRow') {
    // One line per row, cells apart, so "Zelle 1Zelle 2" never runs together in a diff or a count.
    const cells = (node.content ?? []).map((cell) => {
      const inner: string[] = [];
      cell.content?.forEach((c) => collect(c, inner));
      return inner.join('').replace(/\s+/g, ' ').trim();
    });
    out.push(cells.join(' | ').trim(), '\n');
    return;
  }
  if (node.type === 'blockquote') {
    const inner: string[] = [];
    node.content?.forEach((c) => collect(c, inner));
    out.push(inner.join('').trimEnd());
    const attribution = node.attrs?.attribution;
    if (typeof attribution === 'string' && attribution) out.push(' ', attribution);
    out.push('\n');
    return;
  }
  node.content?.forEach((c) => collect(c, out));
  if (node.type !== 'text' && node.type !== 'hardBreak' && node.type !== 'doc') out.push('\n');
}

/** Plain text of a body, one line per block: for search, word count and diffs. */
export function bodyPlainText(doc: BodyDoc): string {
  const out: string[] = [];
  doc.content.forEach((n) => collect(n, out));
  return out.join('').replace(/\n{2,}/g, '\n').trim();
}

/** A word: letters or digits, inner hyphens and apostrophes, and digit groups like 12.000 or 3,5. */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|[.,](?=\p{N}))*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Minutes at 200 words a minute (a common figure for German news prose), at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200));
}
