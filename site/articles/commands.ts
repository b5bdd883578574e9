import { randomUUID } from 'node:crypto';
import { newArticleFields, normalizeTags, type ArticleFields } from '../../core/article/article';
import { BODY_SCHEMA_VERSION } from '../../core/article/body-schema';
import { slugify, uniqueSlug } from '../../core/article/slug';
import { AppError } from '../../core/contract/result';
import type { SiteUser } from '../auth/users';
import type { SqlEngine } from '../db/dialect';
import type { SiteExecutor } from '../db/schema';
import { articleIdBySlug, getArticleForUpdate, insertArticle, slugsLike, updateArticle } from './store';
import type { SiteArticle } from './site-article';

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
    schedule: {},
    statusHistory: [],
    publishedAt: null,
  };
  await insertArticle(ctx.trx, article);
  return article;
}

/** The article under lock, checked against the client's base revision (409 with the current one). */
export async function loadForWrite(ctx: WriteContext, id: string, baseRev: number | undefined): Promise<SiteArticle> {
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
