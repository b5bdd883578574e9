import { BODY_MARK, type SqliteDb } from './search-db';

const LETTERS = [...'abcdefghijklmnopqrstuvwxyzß'];

/** Every word one edit away (a letter left out, added, changed, or two swapped). */
export function oneEditAway(word: string): Set<string> {
  const chars = [...word];
  const out = new Set<string>();
  for (let i = 0; i <= chars.length; i++) {
    const head = chars.slice(0, i).join('');
    const tail = chars.slice(i).join('');
    if (i < chars.length) out.add(head + chars.slice(i + 1).join(''));
    if (i < chars.length - 1) out.add(head + chars[i + 1] + chars[i] + chars.slice(i + 2).join(''));
    for (const letter of LETTERS) {
      out.add(head + letter + tail);
      if (i < chars.length) out.add(head + letter + chars.slice(i + 1).join(''));
    }
  }
  out.delete(word);
  return out;
}

/**
 * The index's vocabulary (fts5vocab: short-field and marked body words) checked for the words
 * one edit away from `word`, most frequent first: a typo ("Bundesregeirung") still finds the articles. Only words of 4+ letters.
 */
export function typoCorrections(db: SqliteDb, word: string, max = 5): string[] {
  if ([...word].length < 4) return [];
  const lookup = db.prepare('SELECT sum(doc) FROM temp.vocab WHERE term IN (?, ?)').pluck();
  const found: Array<[string, number]> = [];
  for (const candidate of oneEditAway(word)) {
    const docs = lookup.get(candidate, BODY_MARK + candidate) as number | null;
    if (docs) found.push([candidate, docs]);
  }
  return found
    .sort((a, b) => b[1] - a[1])
    .slice(0, max)
    .map(([w]) => w);
}

/** Whether any indexed word starts with `prefix` (a cheap range read of the vocabulary). */
export function vocabularyHasPrefix(db: SqliteDb, prefix: string): boolean {
  const next = prefix.slice(0, -1) + String.fromCodePoint(prefix.codePointAt(prefix.length - 1)! + 1);
  return db.prepare('SELECT 1 FROM temp.vocab WHERE term >= ? AND term < ? LIMIT 1').get(prefix, next) !== undefined;
}
