/**
 * German-aware query terms, shared by the SQLite index and the in-memory fallback. Folding is
 * lower case without diacritics ("Müller" → "muller"), as FTS5's unicode61 tokenizer with
 * remove_diacritics does; ß is kept (unicode61 keeps it), and a query term gets spelling variants
 * so that "Strasse" finds "Straße", "mueller" finds "Müller" and "Straße" finds "Strasse".
 */

/** Words too common to help find an article (dropped from queries that have other words). */
const STOP_WORDS = new Set(
  (
    'der die das den dem des ein eine einer eines einem einen und oder aber als auch an auf aus bei bis ' +
    'da dass du er es für hat hatte haben ich ihr im in ist ja mit nach nicht noch nur ob sich sie sind so ' +
    'um von vor war wie wir wird zu zum zur über the a an and or of to in is it for on'
  ).split(' '),
);

/** Lower case, diacritics removed (ä → a), ß kept: the form of a word in the index. */
export const foldWord = (word: string): string => {
  const lower = word.toLowerCase();
  // Most words are plain ASCII: nothing to decompose (normalize() is the costly part).
  return /^[ -~]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
};

/** Words of a text: runs of letters and digits (unicode61's token characters). */
export function* words(text: string): Generator<{ word: string; start: number; end: number }> {
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) yield { word: m[0], start: m.index, end: m.index + m[0].length };
}

/** One query word with the spellings it stands for (folded). */
export interface QueryTerm {
  variants: string[];
  /** Matched as a word start ("Haus" finds "Haushalt") in the short fields; 3+ letters. */
  prefix: boolean;
}

/** The spellings a folded word may have in a text: ß/ss both ways, ae/oe/ue for ä/ö/ü. */
function variantsOf(raw: string): string[] {
  const lower = raw.toLowerCase();
  const base = foldWord(lower);
  const set = new Set([base]);
  if (base.includes('ß')) set.add(base.replace(/ß/g, 'ss'));
  if (base.includes('ss')) set.add(base.replace(/ss/g, 'ß'));
  if (/[aou]e/.test(lower)) for (const v of [...set]) set.add(v.replace(/([aou])e/g, '$1'));
  return [...set].slice(0, 6);
}

/** The terms of a query: every one must match. Stop words count only when nothing else is asked. */
export function queryTerms(query: string): QueryTerm[] {
  const all = [...words(query.slice(0, 200))].map((w) => w.word);
  const meaningful = all.filter((w) => !STOP_WORDS.has(w.toLowerCase()));
  return (meaningful.length ? meaningful : all).slice(0, 8).map((w) => ({ variants: variantsOf(w), prefix: [...w].length >= 3 }));
}

/** The folded form used for JS-side comparison: like foldWord, and ß as ss. */
export const looseFold = (word: string): string => foldWord(word).replace(/ß/g, 'ss');

/** Whether a word of a text matches the term (whole word, or its start when `prefix`). */
export function wordMatches(word: string, term: QueryTerm, prefix = term.prefix): boolean {
  const folded = looseFold(word);
  return term.variants.some((v) => {
    const loose = v.replace(/ß/g, 'ss');
    return prefix ? folded.startsWith(loose) : folded === loose;
  });
}
