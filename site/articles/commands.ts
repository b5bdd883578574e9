import { randomUUID } from 'node:crypto';
import { newArticleFields, normalizeTags, type ArticleFields } from '../../core/article/article';
import { BODY_SCHEMA_VERSION } from '../../core/article/body-schema';
import { transitionArticle } from '../workflow/transitions';
import { editorFields } from './live-version';
import type { SiteArticle } from './site-article';
import { resolveSlug } from './slugs';
import { getArticleForUpdate, insertArticle, updateArticle } from './store';
import { assertMayEdit, changedBy, conflict, loadForWrite, type WriteContext } from './write-context';

export type { WriteContext } from './write-context';

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
    updatedBy: changedBy(ctx.user),
    schedule: {},
    statusHistory: [],
    publishedAt: null,
  };
  await insertArticle(ctx.trx, article);
  return article;
}

/**
 * Changes editor fields; `baseRev` must equal the stored revision. On an approved or scheduled
 * article the change returns it to review (what was approved is no longer what would go out);
 * on a published one it becomes the pending update, and the public keeps the live version.
 */
export async function updateArticleFields(ctx: WriteContext, input: { id: string; baseRev: number; fields: Partial<ArticleFields> }): Promise<SiteArticle> {
  assertMayEdit(ctx.user);
  const current = await loadForWrite(ctx, input.id, input.baseRev);
  const merged = { ...current, ...input.fields };
  const slugChanged = input.fields.slug !== undefined && input.fields.slug !== current.slug;
  const edited: SiteArticle = {
    ...merged,
    tags: normalizeTags(merged.tags),
    slug: slugChanged || !merged.slug ? await resolveSlug(ctx.trx, current.id, merged.slug, merged.headline) : current.slug,
    updatedBy: changedBy(ctx.user),
  };
  const article = current.status === 'approved' || current.status === 'scheduled' ? returnedToReview(ctx, edited) : stored(ctx, current, edited);
  await updateArticle(ctx.trx, article);
  return article;
}

function returnedToReview(ctx: WriteContext, edited: SiteArticle): SiteArticle {
  return transitionArticle(edited, 'return_to_review', { id: ctx.user.id, name: ctx.user.name, role: ctx.user.role }, ctx.now, {});
}

function stored(ctx: WriteContext, current: SiteArticle, edited: SiteArticle): SiteArticle {
  const next = { ...edited, rev: current.rev + 1, updatedAt: ctx.now.toISOString() };
  if (current.status !== 'published') return next;
  // Articles published before live versions were kept: what is stored now is what is live.
  const live = current.live ?? { rev: current.rev, at: current.updatedAt, fields: editorFields(current) };
  return { ...next, live, pendingUpdate: current.pendingUpdate ?? { since: ctx.now.toISOString(), by: ctx.user.name } };
}
