import { z } from 'zod';
import { siteApiArticleSchema, siteChangesAnswerSchema, type SiteChangesAnswer } from '../../../../core/sync/reference-site-api';
import { parseAnswer } from './site-answers';

const envelopeSchema = siteChangesAnswerSchema.extend({ articles: z.array(z.unknown()) });
/** Articles checked between two turns of the event loop. */
const CHECKED_AT_ONCE = 25;

/**
 * Checks a changes page against the API's schema, its articles 25 at a time with the
 * event loop let go in between: a page of 1,000 full articles takes a while to check, and the
 * app must stay usable while a big site comes in.
 */
export async function parseChangesAnswer(body: unknown): Promise<SiteChangesAnswer> {
  const page = parseAnswer(envelopeSchema, body, 'the changes feed');
  const articles: SiteChangesAnswer['articles'] = [];
  for (let i = 0; i < page.articles.length; i += CHECKED_AT_ONCE) {
    if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    for (const raw of page.articles.slice(i, i + CHECKED_AT_ONCE)) articles.push(parseAnswer(siteApiArticleSchema, raw, 'the changes feed'));
  }
  return { ...page, articles };
}
