import { randomUUID } from 'node:crypto';
import { newArticleFields, normalizeTags, type ArticleFields } from '../../core/article/article';
import { BODY_SCHEMA_VERSION } from '../../core/article/body-schema';
import { slugify, uniqueSlug } from '../../core/article/slug';
import { AppError } from '../../core/contract/result';
import type { SiteUser } from '../auth/users';
import type { SqlEngine } from '../db/dialect';
import type { SiteExecutor } from '../db/schema';
import { checkTransition, type WorkflowAction } from '../workflow/transitions';
import { articleIdBySlug, getArticleForUpdate, insertArticle, slugsLike, updateArticle } from './store';
import { EMPTY_SCHEDULE, effectivePublishAt, toUtcIso, type SiteArticle, type SiteSchedule } from './site-article';

/** Who acts, when, on which engine: shared by every write. */
export interface WriteContext {
  trx: SiteExecutor;
  engine: SqlEngine;
  user: SiteUser;
  now: Date;
}

const conflict = (message: string, current: SiteArticle) => new AppError('CONFLICT', message, { current });

/** Keeps the requested slug when free; derives one from the headline when empty. */
async function resolveSlug(trx: SiteExecutor, id: string, requested: string, headline: string): Promise<string> {
  if (requested) {
    const owner = await articleIdBySlug(trx, requested);
    if (owner && owner !== id) throw new AppError('CONFLICT', `The slug "${requested}" is used by another article.`, { slug: requested });
    return requested;
  }
  const base = slugify(headline) || 'artikel';
  return uniqueSlug(base, await slugsLike(trx, base));
}

function assertMayEdit(user: SiteUser): void {
  // Reviewers comment and approve; they do not change the text.
  if (user.role === 'reviewer') throw new AppError('FORBIDDEN', 'A reviewer token cannot change article content.');
}

/** Creates a draft from (some) editor fields. A given id that exists already is a conflict. */
export async function createArticle(ctx: WriteContext, input: { id?: string; fields: Partial<ArticleFields> }): Promise<SiteArticle> {
  assertMayEdit(ctx.user);
  const id = input.id ?? randomUUID();
  const existing = await getArticleForUpdate(ctx.trx, id, ctx.engine);
  if (existing) throw conflict(`An article with id ${id} exists already.`, existing);
  const fields: ArticleFields = { ...newArticleFields(), ...input.fields };
  const nowIso = ctx.now.toISOString();
  const article: SiteArticle = {
    ...fields,
    tags: normalizeTags(fields.tags),
    slug: await resolveSlug(ctx.trx, id, fields.slug, fields.headline),
    id,
    rev: 1,
    bodySchema: BODY_SCHEMA_VERSION,
    status: 'draft',
    createdAt: nowIso,
    updatedAt: nowIso,
    schedule: EMPTY_SCHEDULE,
    history: [],
    publishedAt: null,
  };
  await insertArticle(ctx.trx, article);
  return article;
}

async function loadForWrite(ctx: WriteContext, id: string, baseRev: number | undefined): Promise<SiteArticle> {
  const current = await getArticleForUpdate(ctx.trx, id, ctx.engine);
  if (!current) throw new AppError('NOT_FOUND', `There is no article with id ${id}.`);
  if (baseRev !== undefined && baseRev !== current.rev) {
    throw conflict(`The article changed on the site (revision ${current.rev}, you sent ${baseRev}).`, current);
  }
  return current;
}

/** Changes editor fields; `baseRev` must equal the stored revision. */
export async function updateArticleFields(ctx: WriteContext, input: { id: string; baseRev: number; fields: Partial<ArticleFields> }): Promise<SiteArticle> {
  assertMayEdit(ctx.user);
  const current = await loadForWrite(ctx, input.id, input.baseRev);
  const merged = { ...current, ...input.fields };
  const slugChanged = input.fields.slug !== undefined && input.fields.slug !== current.slug;
  const article: SiteArticle = {
    ...merged,
    tags: normalizeTags(merged.tags),
    slug: slugChanged || !merged.slug ? await resolveSlug(ctx.trx, current.id, merged.slug, merged.headline) : current.slug,
    rev: current.rev + 1,
    updatedAt: ctx.now.toISOString(),
  };
  await updateArticle(ctx.trx, article);
  return article;
}

function mergeSchedule(current: SiteSchedule, patch: Partial<SiteSchedule> | undefined): SiteSchedule {
  const norm = (v: string | null | undefined, old: string | null) => (v === undefined ? old : v === null ? null : toUtcIso(v));
  const next = {
    publishAt: norm(patch?.publishAt, current.publishAt),
    embargoUntil: norm(patch?.embargoUntil, current.embargoUntil),
    expireAt: norm(patch?.expireAt, current.expireAt),
  };
  const start = effectivePublishAt(next);
  if (next.expireAt && start && Date.parse(next.expireAt) <= Date.parse(start)) {
    throw new AppError('INVALID_ARGUMENT', 'expireAt must be after the publish time (and after any embargo).');
  }
  return next;
}

/** Applies a status change by the role table (403 for the wrong role, 409 from the wrong status). */
export async function changeArticleStatus(
  ctx: WriteContext,
  input: { id: string; action: WorkflowAction; baseRev?: number; schedule?: Partial<SiteSchedule> },
): Promise<SiteArticle> {
  const current = await loadForWrite(ctx, input.id, input.baseRev);
  const check = checkTransition(ctx.user.role, current.status, input.action);
  if (!check.ok && check.reason === 'role') throw new AppError('FORBIDDEN', `A ${ctx.user.role} may not ${input.action} an article.`);
  if (!check.ok) throw conflict(`Cannot ${input.action} an article that is ${current.status}.`, current);
  const schedule = mergeSchedule(current.schedule, input.schedule);
  if (check.to === 'scheduled' && !schedule.publishAt) throw new AppError('INVALID_ARGUMENT', 'Scheduling needs schedule.publishAt.');
  if ((check.to === 'scheduled' || check.to === 'published') && !current.headline.trim()) {
    throw new AppError('INVALID_ARGUMENT', 'An article without a headline cannot be published.');
  }
  const article = withStatus(current, check.to, input.action, ctx.user.name, ctx.now, schedule);
  await updateArticle(ctx.trx, article);
  return article;
}

/** The article after a status change, with history and go-live time. Shared with the scheduler. */
export function withStatus(current: SiteArticle, to: SiteArticle['status'], action: string, by: string, now: Date, schedule = current.schedule): SiteArticle {
  const nowIso = now.toISOString();
  const publishedAt = to === 'published' && current.status !== 'published' ? liveFrom(current.status, schedule, now) : current.publishedAt;
  return {
    ...current,
    status: to,
    schedule,
    publishedAt,
    rev: current.rev + 1,
    updatedAt: nowIso,
    history: [...current.history, { at: nowIso, by, action, from: current.status, to }].slice(-200),
  };
}

/** When an article going live now counts as published: a late scheduler run keeps the planned
 *  time (so catch-up after a restart does not reorder the front page); an embargo delays it. */
function liveFrom(from: SiteArticle['status'], schedule: SiteSchedule, now: Date): string {
  const planned = effectivePublishAt(schedule);
  if (from === 'scheduled' && planned && Date.parse(planned) <= now.getTime()) return planned;
  const embargo = schedule.embargoUntil;
  return embargo && Date.parse(embargo) > now.getTime() ? embargo : now.toISOString();
}
