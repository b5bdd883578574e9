import type { Article } from '../../core/article/article';
import { AppError } from '../../core/contract/result';
import type { BackendDeps } from '../backend-deps';
import { refusal } from '../team/acting-actor';
import { tellTeam } from '../team/tell-team';

type DeletionDeps = Pick<BackendDeps, 'store' | 'trash' | 'actor' | 'team'>;

/** A live or scheduled article stays until it is taken down (the site refuses the same). */
function assertDeletable(status: Article['status']): void {
  if (status === 'published') throw refusal('The article is live: unpublish it first.', 'Der Artikel ist online: bitte erst zurückziehen.', 'CONFLICT');
  if (status === 'scheduled') throw refusal('The article is scheduled: unschedule it first.', 'Der Artikel ist geplant: bitte erst die Planung aufheben.', 'CONFLICT');
}

/** Reviewers comment; deleting and restoring are for editors and publishers while a site is connected. */
async function assertMayDelete(deps: DeletionDeps, what: 'delete' | 'restore') {
  const actor = await deps.actor.current();
  if (deps.actor.connected() && actor.role === 'reviewer') {
    throw what === 'delete'
      ? refusal('Reviewers cannot delete articles.', 'Prüfer können keine Artikel löschen.')
      : refusal('Reviewers cannot restore articles.', 'Prüfer können keine Artikel wiederherstellen.');
  }
  return actor;
}

/** Deleting into the trash and restoring from it, here and (queued) on the site. */
export function createDeletion(deps: DeletionDeps) {
  return {
    async delete(id: string): Promise<void> {
      const summary = deps.store.summary(id);
      if (!summary) throw new AppError('NOT_FOUND', `There is no article ${id}.`);
      if (!summary.damaged) assertDeletable(summary.status);
      const actor = await assertMayDelete(deps, 'delete');
      await deps.trash.put(id, actor.name);
      await tellTeam(deps.team, { kind: 'article.delete', articleId: id }, actor);
    },
    async restore(id: string): Promise<Article> {
      const actor = await assertMayDelete(deps, 'restore');
      const article = await deps.trash.restore(id);
      await tellTeam(deps.team, { kind: 'article.restore', articleId: id }, actor);
      return article;
    },
  };
}
