import { BODY_MARK, type SqliteDb } from './search-db';

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

/** The first string after every string starting with `prefix`. */
const after = (prefix: string) => prefix.slice(0, -1) + String.fromCodePoint(prefix.codePointAt(prefix.length - 1)! + 1);

/**
 * Indexed words (fts5vocab: short-field and marked body words) one edit away from `word`, which
 * has 4+ letters: a typo ("Bundesregeirung") still finds the articles. Only words with the same
 * first two letters are read (one range of the vocabulary each; a typo there is not corrected).
 */
export function typoCorrections(db: SqliteDb, word: string, max = 5): string[] {
  if ([...word].length < 4) return [];
  const range = db.prepare('SELECT term FROM temp.vocab WHERE term >= ? AND term < ?').pluck();
  const found = new Set<string>();
  for (const head of [word.slice(0, 2), BODY_MARK + word.slice(0, 2)]) {
    for (const term of range.all(head, after(head)) as string[]) {
      const plain = term.startsWith(BODY_MARK) ? term.slice(BODY_MARK.length) : term;
      if (plain !== word && withinOneEdit(plain, word)) found.add(plain);
      if (found.size >= max) return [...found];
    }
  }
  return [...found];
}

/** Whether any indexed word starts with `prefix` (a cheap range read of the vocabulary). */
export function vocabularyHasPrefix(db: SqliteDb, prefix: string): boolean {
  return db.prepare('SELECT 1 FROM temp.vocab WHERE term >= ? AND term < ? LIMIT 1').get(prefix, after(prefix)) !== undefined;
}
