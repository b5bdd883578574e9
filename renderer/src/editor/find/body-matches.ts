import type { Node as PMNode } from '@tiptap/pm/model';
import { findMatches, type FindOptions, type TextMatch } from '../../../../core/text/find-matches';

/**
 * Occurrences of `query` in the body, as document positions. Each text block is searched as one
 * string (so a word half in bold is found); an inline node such as a line break counts as one
 * separator, so nothing is found across it. Figure captions are attributes, not searched.
 */
export function bodyMatches(doc: PMNode, query: string, options: FindOptions): TextMatch[] {
  const out: TextMatch[] = [];
  if (query === '') return out;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    let text = '';
    const posOf: number[] = [];
    node.forEach((child, offset) => {
      const start = pos + 1 + offset;
      const piece = child.isText ? child.text! : '\uFFFC';
      for (let i = 0; i < piece.length; i++) posOf.push(start + i);
      text += piece;
    });
    for (const m of findMatches(text, query, options)) out.push({ from: posOf[m.from]!, to: posOf[m.to - 1]! + 1 });
    return false;
  });
  return out;
}
