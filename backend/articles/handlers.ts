import { tagKey } from '../../core/article/article';
import type { articleCalls } from '../../core/contract/calls/articles';
import { AppError } from '../../core/contract/result';
import type { BackendDeps, BackendModule } from '../backend-deps';
import { refusal } from '../team/acting-actor';
import { createDeletion } from './deletion';
import { changesContent, editConsequence } from './edit-after-approval';

/** articles.*, tags.*, sections.* and media.* calls. */
export function articlesModule(deps: BackendDeps): BackendModule<keyof typeof articleCalls | 'articles.trash' | 'articles.restore'> {
  const { articles, store, settings, media } = deps;
  const deletion = createDeletion(deps);

  /** Renaming or merging tags edits every article carrying them, as the acting person. */
  async function mergeTags(sources: string[], into: string) {
    const actor = await deps.actor.current();
    if (deps.actor.connected() && actor.role === 'reviewer') throw refusal('Reviewers cannot change tags.', 'Prüfer können keine Schlagwörter ändern.');
    return articles.mergeTags(sources, into, (current) => editConsequence(current, actor, deps.now()));
  }
  return {
    handlers: {
      'articles.list': (q) => articles.list(q),
      'articles.get': ({ id }) => articles.get(id),
      'articles.create': async (args) => articles.create(args.language ?? (await settings.get()).defaultLanguage, args.section),
      'articles.save': async ({ id, baseRev, changes }) => {
        const actor = await deps.actor.current();
        if (deps.actor.connected() && actor.role === 'reviewer') {
          const current = await articles.get(id);
          // An unchanged autosave is no edit: answer it without writing.
          if (current.rev === baseRev && !changesContent(current, changes)) return { rev: current.rev, updatedAt: current.updatedAt, slug: current.slug, status: current.status };
          throw refusal('Reviewers comment and suggest; they do not change the text.', 'Prüfer kommentieren und schlagen vor; den Text ändern sie nicht.');
        }
        const saved = await articles.save(id, baseRev, changes, (current, patch) => (changesContent(current, patch) ? editConsequence(current, actor, deps.now()) : null));
        return { rev: saved.rev, updatedAt: saved.updatedAt, slug: saved.slug, status: saved.status };
      },
      'articles.delete': async ({ id }) => {
        await deletion.delete(id);
        return { id };
      },
      'articles.trash': async () => deps.trash.list(),
      'articles.restore': ({ id }) => deletion.restore(id),
      'articles.damaged': async () => store.damaged(),
      'articles.restoreBackup': ({ id }) => articles.restoreBackup(id),
      'tags.list': async () => articles.tags(),
      'tags.rename': async ({ from, to }) => {
        if (!articles.tags().some((t) => tagKey(t.name) === tagKey(from))) throw new AppError('NOT_FOUND', `No article carries the tag "${from}".`);
        return mergeTags([from], to);
      },
      'tags.merge': ({ sources, into }) => mergeTags(sources, into),
      'sections.list': async () => articles.sections(),
      'media.put': ({ dataBase64 }) => media.put(dataBase64),
    },
  };
}
