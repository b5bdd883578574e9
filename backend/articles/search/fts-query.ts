import { BODY_MARK, type SqliteDb } from './search-db';
import type { QueryTerm } from './german-terms';
import { knownWordStart, typoCorrections } from './typo-terms';

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

  /** The last query's typo corrections: the page's marks ask for them right after its rows. */
  let last: { key: string; corrections: string[][] } = { key: '', corrections: [] };

  /**
   * Per term, the indexed words it stands for besides its own spellings: none while anything
   * matches; when nothing does, a word of 4+ letters that starts no indexed word is taken as a
   * typo, and the indexed words one edit away count too.
   */
  function correctionsOf(terms: QueryTerm[]): string[][] {
    const key = JSON.stringify(terms);
    if (last.key === key) return last.corrections;
    let corrections: string[][] = [];
    if (anyRow.get(tierExpressions(terms, [])[2]) === undefined) {
      corrections = terms.map((t) => (t.variants.some((v) => knownWordStart(db, v)) ? [] : typoCorrections(db, t.variants[0]!)));
    }
    last = { key, corrections };
    return corrections;
  }

  return {
    correctionsOf,
    /** Rows matching every term (or its corrections), by tier when `ranked`, else all in one newest-first read. */
    search(terms: QueryTerm[], ranked: boolean): Iterable<FoundRow> {
      const corrections = correctionsOf(terms);
      const tiers = tierExpressions(terms, corrections);
      return rows(ranked ? tiers : [tiers[2]!]);
    },
  };
}
