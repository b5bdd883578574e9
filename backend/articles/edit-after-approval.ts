import type { Article, ArticleFields } from '../../core/article/article';
import { editorFieldsOf } from '../../core/article/fields';
import { snapshotsDiffer } from '../../core/revisions/revision';
import type { StatusHistoryEntry } from '../../core/workflow/history';
import type { Actor } from '../../core/workflow/roles';

/** What an edit changes on an article besides its fields. */
export type EditConsequence = Pick<Partial<Article>, 'status' | 'statusHistory' | 'pendingUpdate'>;

/** True when `changes` would change any editor field of `current`. */
export function changesContent(current: Article, changes: Partial<ArticleFields>): boolean {
  const before = editorFieldsOf(current);
  return snapshotsDiffer(before, { ...before, ...changes });
}

/**
 * What editing the content of `current` by `actor` at `now` means for its workflow (the same
 * rule as the site's PUT): an approved or scheduled article goes back to review (the schedule
 * stays in the doc, it is just no longer scheduled); a published one keeps serving the live
 * version and carries a pending update. Null when nothing but the fields changes.
 */
export function editConsequence(current: Article, actor: Actor, now: Date): EditConsequence | null {
  if (current.status === 'approved' || current.status === 'scheduled') {
    // Built here, not by applyTransition: offline a reviewer's profile may edit too, and what
    // was approved is no longer what would go out whoever changed it.
    const entry: StatusHistoryEntry = { action: 'return_to_review', from: current.status, to: 'in_review', actor, at: now.toISOString() };
    return { status: 'in_review', statusHistory: [...current.statusHistory, entry] };
  }
  if (current.status === 'published') {
    return current.pendingUpdate ? null : { pendingUpdate: { since: now.toISOString(), by: actor.name } };
  }
  return null;
}
