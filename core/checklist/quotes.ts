import type { BodyDoc, BodyNode } from '../article/body-schema';

// Paired quotation marks with something inside: „…“ (German), "…", “…”, »…«, «…».
const QUOTE_PAIRS = /„[^„“”"]+[“”"]|"[^"\n]+"|“[^“”\n]+”|»[^»«\n]+«|«[^«»\n]+»/u;
// Attribution verbs and citing prepositions; "laut" only before a word, where it means "according to".
const CITING_PHRASES =
  /(?<!\p{L})(?:sagte|sagten|sagt|erklärte|erklärten|betonte|zufolge|zitiert|zitierte|laut(?=\s+\p{L})|according to|said|says|told)(?!\p{L})/iu;

function hasBlockquote(node: BodyNode): boolean {
  return node.type === 'blockquote' || (node.content ?? []).some(hasBlockquote);
}

/** True when a text quotes someone or cites something, so a source must be named. */
export function textQuotesOrCites(text: string): boolean {
  return QUOTE_PAIRS.test(text) || CITING_PHRASES.test(text);
}

/** True when the body has a blockquote or its text (or the extra texts, e.g. headline and teaser) quotes or cites. */
export function articleQuotesOrCites(body: BodyDoc, bodyText: string, extraTexts: readonly string[] = []): boolean {
  return body.content.some(hasBlockquote) || [bodyText, ...extraTexts].some(textQuotesOrCites);
}
