import { findMatches, type FindOptions, type TextMatch } from '../../../../core/text/find-matches';

/** The fields find and replace searches, in the order it walks them. */
export type FindField = 'headline' | 'teaser' | 'body';
export interface FoundMatch extends TextMatch {
  field: FindField;
}
/** Where the find bar is: a match starts at or after this point. */
export interface FindCursor {
  field: FindField;
  at: number;
}

const RANK: Record<FindField, number> = { headline: 0, teaser: 1, body: 2 };

/** Every match of the article, headline first, then teaser, then body (already found as document positions). */
export function collectMatches(headline: string, teaser: string, body: readonly TextMatch[], query: string, options: FindOptions): FoundMatch[] {
  return [
    ...findMatches(headline, query, options).map((m) => ({ ...m, field: 'headline' as const })),
    ...findMatches(teaser, query, options).map((m) => ({ ...m, field: 'teaser' as const })),
    ...body.map((m) => ({ ...m, field: 'body' as const })),
  ];
}

/** The first match at or after the cursor, wrapping round to the first; -1 when there is none. */
export function indexAt(matches: readonly FoundMatch[], cursor: FindCursor | null): number {
  if (matches.length === 0) return -1;
  if (!cursor) return 0;
  const i = matches.findIndex((m) => RANK[m.field] > RANK[cursor.field] || (m.field === cursor.field && m.from >= cursor.at));
  return i === -1 ? 0 : i;
}

/** The cursor on the match `steps` away from `index` (negative: backwards), wrapping round. */
export function step(matches: readonly FoundMatch[], index: number, steps: number): FindCursor | null {
  if (matches.length === 0) return null;
  const m = matches[(((index + steps) % matches.length) + matches.length) % matches.length]!;
  return { field: m.field, at: m.from };
}
