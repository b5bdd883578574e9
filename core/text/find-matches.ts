/** A found occurrence: [from, to) in UTF-16 code units of the searched text. */
export interface TextMatch {
  from: number;
  to: number;
}

export interface FindOptions {
  matchCase: boolean;
  wholeWord: boolean;
}

// Letters (ä, ß, é …), combining marks, digits and the underscore make up a word.
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}_]`;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The regular expression for a query. Case-insensitive matching is Unicode simple case folding
 * (Ä = ä, É = é), which maps one character to one, so match offsets are offsets in the text.
 * "ß" and "SS" are therefore different words.
 */
export function queryPattern(query: string, options: FindOptions): RegExp | null {
  if (query === '') return null;
  const core = escapeRegExp(query);
  const source = options.wholeWord ? `(?<!${WORD_CHAR})${core}(?!${WORD_CHAR})` : core;
  return new RegExp(source, options.matchCase ? 'gu' : 'giu');
}

/** Every non-overlapping occurrence of `query` in `text`, left to right. */
export function findMatches(text: string, query: string, options: FindOptions): TextMatch[] {
  const pattern = queryPattern(query, options);
  if (!pattern) return [];
  const out: TextMatch[] = [];
  for (const m of text.matchAll(pattern)) out.push({ from: m.index, to: m.index + m[0].length });
  return out;
}

/** `text` with the given matches (sorted, non-overlapping) replaced by `replacement`. */
export function replaceMatches(text: string, matches: readonly TextMatch[], replacement: string): string {
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += text.slice(at, m.from) + replacement;
    at = m.to;
  }
  return out + text.slice(at);
}
