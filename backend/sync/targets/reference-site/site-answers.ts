import type { z } from 'zod';
import { editorFieldsOf } from '../../../../core/article/fields';
import { siteApiArticleSchema, siteErrorSchema, type SiteApiArticle } from '../../../../core/sync/reference-site-api';
import { SyncFailure } from '../../../../core/sync/sync-target';
import type { TeamRemoteArticle } from '../team-target';

/** A site article as a remote version for the engine, with what the team keeps of it (history, corrections, pending update). */
export function toRemote(article: SiteApiArticle): TeamRemoteArticle {
  return {
    remoteId: article.id,
    remoteRev: String(article.rev),
    fields: editorFieldsOf(article),
    status: article.status,
    schedule: Object.keys(article.schedule).length ? article.schedule : null,
    updatedAt: article.updatedAt,
    team: {
      statusHistory: article.statusHistory,
      corrections: article.corrections ?? [],
      pendingUpdate: article.pendingUpdate ?? null,
      updatedBy: article.updatedBy ?? null,
      deletedAt: article.deletedAt ?? null,
    },
  };
}

/** Checks an answer against the API's schema; anything else is an invalid response. */
export function parseAnswer<S extends z.ZodType>(schema: S, body: unknown, what: string): z.output<S> {
  const checked = schema.safeParse(body);
  if (!checked.success) throw new SyncFailure('invalid_response', `The site's answer to ${what} is not what its API promises.`);
  return checked.data;
}

/** The SyncFailure of an error answer (a 409 carries the site's current version when it sent one). */
export function failureOf(res: Response, parsed: unknown): SyncFailure {
  const error = siteErrorSchema.safeParse(parsed);
  const message = error.success ? error.data.error.message : `HTTP ${res.status}`;
  const extra = { status: res.status };
  if (res.status === 401) return new SyncFailure('auth', message, extra);
  if (res.status === 403) return new SyncFailure('forbidden', message, extra);
  if (res.status === 404) return new SyncFailure('not_found', message, extra);
  if (res.status === 429) {
    const seconds = Number(res.headers.get('retry-after'));
    return new SyncFailure('rate_limited', message, { ...extra, retryAfterMs: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 5000 });
  }
  if (res.status === 409) {
    const details = error.success ? (error.data.error.details as { current?: unknown } | undefined) : undefined;
    const current = siteApiArticleSchema.safeParse(details?.current);
    if (current.success) return new SyncFailure('conflict', message, { ...extra, current: toRemote(current.data) });
    return new SyncFailure('rejected', message, extra);
  }
  if (res.status >= 500) return new SyncFailure('unavailable', `The site failed (${res.status}): ${message}`, extra);
  return new SyncFailure('rejected', message, extra);
}
