import type { ArticleStatus } from '../../../../core/article/primitives';
import { earliestGoLive, type Schedule } from '../../../../core/workflow/schedule';

/** Post statuses Copydesk writes or reads. */
export type WpPostStatus = 'draft' | 'pending' | 'future' | 'publish' | 'private' | 'trash' | 'auto-draft' | 'inherit';

/**
 * WordPress's own rule (wp_insert_post): a 'future' post whose date is less than a minute
 * ahead is published at once, and a 'publish' post dated a minute or more ahead becomes 'future'.
 */
export const WP_FUTURE_MIN_LEAD_MS = 60_000;

/** What a scheduled article becomes on WordPress when its time is close. */
export type NearFuturePolicy = 'publish-early' | 'hold';

export interface StatusMapping {
  status: 'draft' | 'pending' | 'future' | 'publish' | 'private';
  /** date_gmt to send ("YYYY-MM-DDTHH:MM:SS", UTC), or undefined to leave WordPress's date. */
  dateGmt?: string;
  /** Set when a scheduled article went out as 'publish' before its time (by at most a minute). */
  publishedEarlyMs?: number;
  /** Set when a scheduled article was held back as a draft: push again at this instant. */
  holdUntil?: string;
  /** A scheduled article without a publish time: sent as a draft. */
  missingPublishTime?: boolean;
}

/** An instant as WordPress wants date_gmt: no zone suffix, whole seconds. */
export function toWpGmt(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19);
}

/** A date_gmt / modified_gmt from WordPress as a UTC ISO instant with "Z" (null when unusable). */
export function fromWpGmt(value: string | null | undefined): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(value) || value.startsWith('0000')) return null;
  const ms = Date.parse(`${value.slice(0, 19)}Z`);
  return Number.isFinite(ms) ? new Date(ms).toISOString().replace('.000Z', 'Z') : null;
}

/**
 * Article status -> post status. draft and changes_requested -> draft; in_review and approved
 * -> pending (not live, visible to editors in wp-admin); scheduled -> future with date_gmt;
 * published -> publish; unpublished and archived -> draft or private (configurable).
 *
 * Near-future rule (chosen): when the go-live time (publish time or embargo end, whichever is
 * later) is less than 60 s ahead, WordPress would publish at once anyway. With an embargo we
 * never go early: the post is held as a draft and `holdUntil` tells the engine when to push
 * again. Without one, policy 'publish-early' (default) sends 'publish' dated now and reports
 * by how much it went early; policy 'hold' holds as above.
 */
export function articleStatusToWp(
  status: ArticleStatus,
  schedule: Schedule | null,
  opts: { unpublishedAs: 'draft' | 'private'; now: Date; nearFuture?: NearFuturePolicy },
): StatusMapping {
  const now = opts.now.getTime();
  switch (status) {
    case 'draft':
    case 'changes_requested':
      return { status: 'draft' };
    case 'in_review':
    case 'approved':
      return { status: 'pending' };
    case 'unpublished':
    case 'archived':
      return { status: opts.unpublishedAs };
    case 'published': {
      const at = schedule ? earliestGoLive(schedule) : undefined;
      return at !== undefined && at <= now ? { status: 'publish', dateGmt: toWpGmt(at) } : { status: 'publish' };
    }
    case 'scheduled': {
      const at = schedule ? earliestGoLive(schedule) : undefined;
      if (at === undefined) return { status: 'draft', missingPublishTime: true };
      const lead = at - now;
      if (lead >= WP_FUTURE_MIN_LEAD_MS) return { status: 'future', dateGmt: toWpGmt(at) };
      if (lead <= 0) return { status: 'publish', dateGmt: toWpGmt(at) };
      const hasEmbargo = schedule?.embargoUntil !== undefined;
      if (hasEmbargo || opts.nearFuture === 'hold') return { status: 'draft', holdUntil: new Date(at).toISOString() };
      return { status: 'publish', dateGmt: toWpGmt(now), publishedEarlyMs: lead };
    }
  }
}

/**
 * Post status -> article status. `local` is the article's current status: when it already maps
 * to the same post status it is kept (a 'changes_requested' article stays so, not 'draft').
 */
export function wpStatusToArticle(status: string, local: ArticleStatus | null, unpublishedAs: 'draft' | 'private' = 'draft'): ArticleStatus {
  if (local && articleStatusToWp(local, null, { unpublishedAs, now: new Date(0) }).status === status && local !== 'scheduled') return local;
  switch (status) {
    case 'publish':
      return 'published';
    case 'future':
      return 'scheduled';
    case 'pending':
      return 'in_review';
    case 'private':
    case 'trash':
      return 'unpublished';
    default:
      return local === 'unpublished' && status === 'draft' ? 'unpublished' : 'draft';
  }
}
