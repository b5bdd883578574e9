import type { Article, ArticleSummary } from '../../../core/article/article';
import { bodyPlainText } from '../../../core/text/body-text';
import { wordMatches, words, type QueryTerm } from './german-terms';

/** A piece of text with the [start, end) ranges (UTF-16 offsets) of the words that matched. Never HTML. */
export interface MarkedText {
  text: string;
  ranges: Array<[number, number]>;
}

/** The ranges of `text`'s words that match any term (prefix or, when `exact`, whole words only). */
export function markMatches(text: string, terms: QueryTerm[], exact = false): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const w of words(text)) {
    if (terms.some((t) => wordMatches(w.word, t, exact ? false : t.prefix))) ranges.push([w.start, w.end]);
  }
  return ranges;
}

/** About `span` characters of `text` around its first matching word, cut at word boundaries, or null. */
export function snippetOf(text: string, terms: QueryTerm[], span = 160, exact = false): MarkedText | null {
  let first: [number, number] | null = null;
  for (const w of words(text)) {
    if (terms.some((t) => wordMatches(w.word, t, exact ? false : t.prefix))) {
      first = [w.start, w.end];
      break;
    }
  }
  if (!first) return null;
  let start = Math.max(0, first[0] - Math.floor(span / 3));
  let end = Math.min(text.length, start + span);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > first[1] ? text.lastIndexOf(' ', end) : end;
  const piece = text.slice(start, end).replace(/\s+/g, ' ').trim();
  const shown = `${start > 0 ? '… ' : ''}${piece}${end < text.length ? ' …' : ''}`;
  return { text: shown, ranges: markMatches(shown, terms, exact) };
}

/** The short fields of a summary the fallback search looks in. */
const shortFields = (s: Pick<ArticleSummary, 'headline' | 'teaser' | 'tags' | 'author' | 'section'>): string[] => [s.headline, s.teaser, s.tags.join(' '), s.author, s.section];

/** Whether every term matches a word of the summary's short fields: the search while the index is rebuilt. */
export function summaryMatches(summary: ArticleSummary, terms: QueryTerm[]): boolean {
  if (summary.damaged || terms.length === 0) return false;
  const all = shortFields(summary).flatMap((f) => [...words(f)].map((w) => w.word));
  return terms.every((t) => all.some((w) => wordMatches(w, t)));
}

/** A field weight per match, headline first: the fallback's ranking. */
export function summaryScore(summary: ArticleSummary, terms: QueryTerm[]): number {
  const weights = [10, 5, 5, 2, 2];
  return shortFields(summary).reduce((sum, field, i) => sum + markMatches(field, terms).length * weights[i]!, 0);
}

/** Whether every term matches a word start of the short fields or a whole word of the body, as the index does. */
export function articleMatches(article: Article, terms: QueryTerm[]): boolean {
  const short = shortFields(article).flatMap((f) => [...words(f)].map((w) => w.word));
  const body = [...words(bodyPlainText(article.body))].map((w) => w.word);
  return terms.every((t) => short.some((w) => wordMatches(w, t)) || body.some((w) => wordMatches(w, t, false)));
}

/**
 * The tier the index lists a match in (2: every term in the headline, 1: in the short fields,
 * 0: the body too; see fts-query), or -1 for no match. A summary has no body to look in.
 */
export function matchTier(item: Article | ArticleSummary, terms: QueryTerm[]): number {
  if (terms.length === 0 || ('damaged' in item && item.damaged)) return -1;
  const all = (texts: string[]) => texts.flatMap((f) => [...words(f)].map((w) => w.word));
  const every = (found: string[]) => terms.every((t) => found.some((w) => wordMatches(w, t)));
  if (every(all([item.headline]))) return 2;
  if (every(all(shortFields(item)))) return 1;
  return 'body' in item && articleMatches(item, terms) ? 0 : -1;
}
