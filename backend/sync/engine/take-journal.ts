import type { Article, ArticleFields } from '../../../core/article/article';
import type { TakingFile } from '../sync-state';
import { localOrNull } from './apply-local';
import type { EngineState } from './engine-state';

/**
 * Takes a site version into the local article so that the merge base always matches it: the
 * journal (taking/<id>.json) is written before the local save and removed after the base write.
 * Without it a kill between the two left the site's fields in the article over the old base,
 * and the site's next edit of such a field looked like a conflict with ourselves (found by
 * sync-crash.test.ts).
 */
export async function takeWithBase(ctx: EngineState, local: Article, base: ArticleFields, save: () => Promise<Article>): Promise<Article> {
  // An earlier take whose base write failed (a full disk) is finished first, not overwritten;
  // only those are read back (the take is on the pull's hot path).
  const unfinished = unfinishedOf(ctx);
  const left = unfinished.has(local.id) ? await ctx.files.readTaking(local.id) : null;
  if (left) await settleTaking(ctx, local.id, left, local);
  unfinished.delete(local.id);
  await ctx.files.writeTaking(local.id, { fields: base, afterLocalRev: local.rev });
  let saved: Article;
  try {
    saved = await save();
  } catch (err) {
    await ctx.files.removeTaking(local.id); // nothing was taken (an edit came first): the old base holds
    throw err;
  }
  unfinished.add(local.id);
  await ctx.files.writeBase(local.id, base);
  await ctx.files.removeTaking(local.id);
  unfinished.delete(local.id);
  return saved;
}

/** Per engine, the articles whose journal a failed base write left on disk. */
const unfinishedTakes = new WeakMap<EngineState, Set<string>>();
const unfinishedOf = (ctx: EngineState): Set<string> => {
  let set = unfinishedTakes.get(ctx);
  if (!set) unfinishedTakes.set(ctx, (set = new Set()));
  return set;
};

/**
 * A local article saved since the journal was written has the site's version in it, so the
 * journal's fields are its base; otherwise the save never happened and the old base stays.
 */
async function settleTaking(ctx: EngineState, id: string, taking: TakingFile, local: Article | null): Promise<void> {
  if (local && local.rev > taking.afterLocalRev) await ctx.files.writeBase(id, taking.fields);
  await ctx.files.removeTaking(id);
}

/** Finishes the takes a kill interrupted, before anything reads a base. */
export async function settleTakings(ctx: EngineState): Promise<void> {
  for (const [id, taking] of await ctx.files.leftTakings()) await settleTaking(ctx, id, taking, await localOrNull(ctx, id));
}
