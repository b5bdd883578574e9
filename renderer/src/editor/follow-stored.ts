import type { ArticleFields } from '../../../core/article/article';
import { EDITOR_FIELD_KEYS, editorFieldsOf } from '../../../core/article/fields';
import { mergeArticleFields, sameValue } from '../../../core/sync/merge';

/** What the open editor does when the stored article moved on without it (a colleague's change taken by sync). */
export interface FollowPlan {
  /** The fields to show: the colleague's changes, the person's own typing over them where both touched the same. */
  draft: ArticleFields;
  /** What still has to be saved on top of the stored version to get `draft` (the person's own changes). */
  pending: Partial<ArticleFields>;
  /** The fields whose shown value changes (the body is replaced in the editor then). */
  changed: Array<keyof ArticleFields>;
  /** Fields or body blocks both changed differently: the person's version is kept, the colleague's is in History. */
  kept: Array<keyof ArticleFields>;
}

/**
 * Three-way, as sync merges: `base` is the stored version the draft started from (its last
 * confirmed save), `local` the draft as typed, `stored` the article as it is now. Nothing typed
 * is dropped: a field both changed keeps the person's text.
 */
export function followStored(base: ArticleFields, local: ArticleFields, stored: ArticleFields): FollowPlan {
  const { merged, conflicts } = mergeArticleFields(editorFieldsOf(base), editorFieldsOf(local), editorFieldsOf(stored));
  const pending: Partial<ArticleFields> = {};
  const changed: Array<keyof ArticleFields> = [];
  for (const key of EDITOR_FIELD_KEYS) {
    if (!sameValue(merged[key], stored[key])) (pending as Record<string, unknown>)[key] = merged[key];
    if (!sameValue(merged[key], local[key])) changed.push(key);
  }
  const kept = [...new Set(conflicts.map((c) => (c.kind === 'field' ? c.field : 'body')))] as Array<keyof ArticleFields>;
  return { draft: { ...local, ...merged }, pending, changed, kept };
}
