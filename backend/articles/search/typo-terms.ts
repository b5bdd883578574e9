import type { SqliteDb } from './search-db';

/** Whether `a` and `b` differ by at most one edit (a letter left out, added, changed, or two swapped). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i + 1);
  const restB = b.slice(i + 1);
  if (a.length === b.length) return restA === restB || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The letters of folded words (diacritics are folded away, ß is kept). */
const LETTERS = [...'abcdefghijklmnopqrstuvwxyzß0123456789'];

/** Every string one edit away from `word`: each letter left out, two swapped, one changed or one added. */
export function oneEditAway(word: string): Set<string> {
  const chars = [...word];
  const out = new Set<string>();
  const join = (parts: string[]) => parts.join('');
  for (let i = 0; i <= chars.length; i++) {
    const head = chars.slice(0, i);
    const tail = chars.slice(i);
    if (tail.length > 0) out.add(join([...head, ...tail.slice(1)]));
    if (tail.length > 1) out.add(join([...head, tail[1]!, tail[0]!, ...tail.slice(2)]));
    for (const c of LETTERS) {
      if (tail.length > 0 && c !== tail[0]) out.add(join([...head, c, ...tail.slice(1)]));
      out.add(join([...head, c, ...tail]));
    }
  }
  out.delete(word);
  return out;
}

/** The first string after every string starting with `prefix`. */
const after = (prefix: string) => prefix.slice(0, -1) + String.fromCodePoint(prefix.codePointAt(prefix.length - 1)! + 1);

/**
 * The index's word list, with its statements prepared once per connection: typo corrections
 * (indexed words one edit away from a word of 4+ letters, so "Bundesregeirung" still finds the
 * articles) looked up as candidates in a B-tree, about a thousand probes, where reading the
 * vocabulary's range took a tenth of a second at 100,000 articles; and word starts.
 */
export function wordList(db: SqliteDb) {
  const found = db.prepare('SELECT term FROM words WHERE term IN (SELECT value FROM json_each(?)) LIMIT ?').pluck();
  const anyFrom = db.prepare('SELECT 1 FROM words WHERE term >= ? AND term < ? LIMIT 1');
  return {
    typoCorrections: (word: string, max = 5): string[] => ([...word].length < 4 ? [] : (found.all(JSON.stringify([...oneEditAway(word)]), max) as string[])),
    /** Whether any indexed word starts with `prefix` (one seek). */
    knownWordStart: (prefix: string): boolean => anyFrom.get(prefix, after(prefix)) !== undefined,
  };
}
