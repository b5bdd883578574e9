import type { Article } from '../../../core/article/article';
import { editorFieldsOf } from '../../../core/article/fields';
import { AppError } from '../../../core/contract/result';
import { mergeArticleFields, type MergeChoice } from '../../../core/sync/merge';
import { applyLocally } from './apply-local';
import { load, persist, setArticle, type EngineState } from './engine-state';
import { enqueue } from './outbox';
import type { ArticleConflictView } from './types';

/** A kept conflict: base, local and the site's version, and what differs; null when there is none. */
export async function conflictView(ctx: EngineState, id: string): Promise<ArticleConflictView | null> {
  await load(ctx);
  if (ctx.state.articles[id]?.state !== 'conflict') return null;
  const [remote, local] = await Promise.all([ctx.files.readRemote(id), ctx.store.get(id)]);
  if (!remote) return null;
  const base = (await ctx.files.readBase(id)) ?? remote.fields;
  const { conflicts } = mergeArticleFields(base, editorFieldsOf(local), remote.fields);
  return { id, base, local: editorFieldsOf(local), remote: remote.fields, remoteRev: remote.remoteRev, conflicts };
}

/**
 * Applies the user's choice per field/block, saves locally and queues the push. The site's
 * version becomes the base; the status follows the side that changed it (the site's otherwise).
 */
export async function resolveConflict(ctx: EngineState, id: string, choices: Record<string, MergeChoice>): Promise<Article> {
  await load(ctx);
  const st = ctx.state.articles[id];
  const remote = await ctx.files.readRemote(id);
  if (st?.state !== 'conflict' || !remote) throw new AppError('NOT_FOUND', 'This article has no conflict to resolve.');
  const local = await ctx.store.get(id);
  const base = (await ctx.files.readBase(id)) ?? remote.fields;
  const { merged } = mergeArticleFields(base, editorFieldsOf(local), remote.fields, choices);
  // A team site's status is the site's (a local change travels as an action, held while it waits).
  const localStatusChanged = !ctx.team && local.status !== st.baseStatus;
  const saved = await applyLocally(ctx, local, merged, localStatusChanged ? local.status : remote.status, localStatusChanged ? local.schedule : remote.schedule);
  await ctx.files.writeBase(id, remote.fields);
  setArticle(ctx, id, { ...st, remoteId: remote.remoteId, remoteRev: remote.remoteRev, baseStatus: remote.status, baseSchedule: remote.schedule, state: 'pending', reason: null });
  await ctx.files.removeRemote(id);
  enqueue(ctx, id, saved.rev);
  await persist(ctx);
  return saved;
}
