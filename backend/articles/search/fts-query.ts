import { BODY_MARK, type SqliteDb, type Statement } from './search-db';
import type { QueryTerm } from './german-terms';
import { typoCorrections, vocabularyHasPrefix } from './typo-terms';

/** bm25 weights of headline, teaser, tags, author, section, body: the headline counts most. */
const WEIGHTS = '10, 4, 4, 2, 2, 1';

/**
 * One query term in FTS5 syntax: a word start in the short fields, a whole (marked) word in the
 * body: word starts across every body would merge thousands of doclists per keystroke.
 */
function termExpression(term: QueryTerm, corrections: string[]): string {
  const quoted = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const short = [...term.variants.map((v) => quoted(v) + (term.prefix ? '*' : '')), ...corrections.map(quoted)];
  const body = [...term.variants, ...corrections].map((v) => quoted(BODY_MARK + v));
  return `({headline teaser tags author section} : (${short.join(' OR ')}) OR body : (${body.join(' OR ')}))`;
}

/** Prepared statements of one connection. */
export function ftsQueries(db: SqliteDb) {
  const ranked: Statement = db.prepare(`SELECT rowid, bm25(fts, ${WEIGHTS}) AS rank FROM fts WHERE fts MATCH ? ORDER BY rank`);
  const unranked: Statement = db.prepare('SELECT rowid FROM fts WHERE fts MATCH ?').pluck();

  function run(terms: QueryTerm[], corrections: string[][], rank: boolean): Array<{ rowid: number; rank: number }> {
    const match = terms.map((t, i) => termExpression(t, corrections[i] ?? [])).join(' AND ');
    if (rank) return ranked.all(match) as Array<{ rowid: number; rank: number }>;
    return (unranked.all(match) as number[]).map((rowid) => ({ rowid, rank: 0 }));
  }

  /**
   * Rows matching every term, best first when `rank`. When nothing matches, a word of 4+ letters
   * that starts no indexed word is taken as a typo: its one-edit neighbours in the vocabulary count too.
   */
  return function search(terms: QueryTerm[], rank: boolean): Array<{ rowid: number; rank: number }> {
    const rows = run(terms, [], rank);
    if (rows.length > 0) return rows;
    const known = (v: string) => vocabularyHasPrefix(db, v) || vocabularyHasPrefix(db, BODY_MARK + v);
    const corrections = terms.map((t) => (t.variants.some(known) ? [] : typoCorrections(db, t.variants[0]!)));
    return corrections.some((c) => c.length > 0) ? run(terms, corrections, rank) : rows;
  };
}
