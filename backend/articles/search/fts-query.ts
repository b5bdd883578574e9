import { BODY_MARK, type SqliteDb } from './search-db';
import type { QueryTerm } from './german-terms';
import { wordList } from './typo-terms';

const quoted = (v: string) => `"${v.replace(/"/g, '""')}"`;
/** A term as a word start in the short fields (and its typo corrections as whole words). */
const shortWords = (term: QueryTerm, corrections: string[]) =>
  `(${[...term.variants.map((v) => quoted(v) + (term.prefix ? '*' : '')), ...corrections.map(quoted)].join(' OR ')})`;
/** A term as a whole (marked) word of the body: word starts across every body would merge thousands of doclists per keystroke. */
const bodyWords = (term: QueryTerm, corrections: string[]) => `(${[...term.variants, ...corrections].map((v) => quoted(BODY_MARK + v)).join(' OR ')})`;

/**
 * The relevance tiers of a query, best first, each a match of every term: all in the
 * headline; all in the short fields (headline, teaser, tags, author, section); anywhere, the
 * body included. A later tier repeats the earlier ones' rows (skipped when read).
 */
function tierExpressions(terms: QueryTerm[], corrections: string[][]): string[] {
  const each = (part: (t: QueryTerm, c: string[]) => string) => terms.map((t, i) => part(t, corrections[i] ?? [])).join(' AND ');
  return [
    each((t, c) => `headline : ${shortWords(t, c)}`),
    each((t, c) => `{headline teaser tags author section} : ${shortWords(t, c)}`),
    each((t, c) => `({headline teaser tags author section} : ${shortWords(t, c)} OR body : ${bodyWords(t, c)})`),
  ];
}

/** One indexed row a query found: its tier (2 headline, 1 short fields, 0 body) says why. */
export interface FoundRow {
  rowid: number;
  tier: number;
}

/**
 * Prepared statements of one connection. Rows are read newest first (the writer gives a changed
 * article a new, higher rowid) and lazily: the list reads a page and a bounded count, never
 * every match of a common word. No bm25: ranking 90,000 bodies that contain a word took a
 * second; a newsroom wants the newest story among those whose headline has the words anyway.
 */
export function ftsQueries(db: SqliteDb) {
  const newestFirst = db.prepare('SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid DESC').pluck();
  const anyRow = db.prepare('SELECT 1 FROM fts WHERE fts MATCH ? LIMIT 1').pluck();

  function* rows(expressions: string[]): Generator<FoundRow> {
    const seen = new Set<number>();
    for (const [i, expression] of expressions.entries()) {
      for (const rowid of newestFirst.iterate(expression) as Iterable<number>) {
        if (seen.has(rowid)) continue;
        seen.add(rowid);
        yield { rowid, tier: expressions.length - 1 - i };
      }
    }
  }

  const words = wordList(db);
  /** Per term, the indexed words a typo in it may stand for (see correctionsOf). */
  const typoGuesses = (terms: QueryTerm[]) =>
    terms.map((t) => (t.variants.some((v) => words.knownWordStart(v)) ? [] : words.typoCorrections(t.variants[0]!)));

  /** The last query's typo corrections: the page's marks ask for them right after its rows. */
  let last: { key: string; corrections: string[][] } = { key: '', corrections: [] };
  const remember = (terms: QueryTerm[], corrections: string[][]) => (last = { key: JSON.stringify(terms), corrections });

  /**
   * Per term, the indexed words it stands for besides its own spellings: none while anything
   * matches; when nothing does, a word of 4+ letters that starts no indexed word is taken as a
   * typo, and the indexed words one edit away count too.
   */
  function correctionsOf(terms: QueryTerm[]): string[][] {
    if (last.key === JSON.stringify(terms)) return last.corrections;
    return remember(terms, anyRow.get(tierExpressions(terms, [])[2]) === undefined ? typoGuesses(terms) : []).corrections;
  }

  return {
    correctionsOf,
    /**
     * Rows matching every term, by tier when `ranked`, else all in one newest-first read; when
     * none match, those of its typo corrections (decided once the words found nothing, so a
     * search that finds something runs no extra query).
     */
    *search(terms: QueryTerm[], ranked: boolean): Generator<FoundRow> {
      const pick = (tiers: string[]) => (ranked ? tiers : [tiers[2]!]);
      let found = false;
      for (const row of rows(pick(tierExpressions(terms, [])))) {
        if (!found) remember(terms, []);
        found = true;
        yield row;
      }
      if (found) return;
      const corrections = remember(terms, typoGuesses(terms)).corrections;
      if (corrections.some((c) => c.length > 0)) yield* rows(pick(tierExpressions(terms, corrections)));
    },
  };
}
