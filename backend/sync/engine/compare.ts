import { createHash } from 'node:crypto';
import type { Article, ArticleFields } from '../../../core/article/article';
import { canonicalJson, sameValue } from '../../../core/sync/merge';

/** Whether two schedules are the same (an empty schedule is none). */
export const sameSchedule = (a: Article['schedule'], b: Article['schedule']): boolean =>
  sameValue(a && Object.keys(a).length ? a : null, b && Object.keys(b).length ? b : null);

/** A short stable hash of a field set (recognises our own writes when the site shows them). */
export const fieldsHash = (fields: ArticleFields): string => createHash('sha256').update(canonicalJson(fields)).digest('base64url').slice(0, 22);

/** An error's message, for the outbox and the log. */
export const describeError = (err: unknown): string => (err instanceof Error ? err.message : String(err));
