import { tagKey } from '../../core/article/article';
import type { articleCalls } from '../../core/contract/calls/articles';
import { AppError } from '../../core/contract/result';
import type { BackendDeps, BackendModule } from '../backend-deps';

/** articles.*, tags.*, sections.* and media.* calls. */
export function articlesModule({ articles, store, settings, media }: BackendDeps): BackendModule<keyof typeof articleCalls> {
  return {
    handlers: {
      'articles.list': (q) => articles.list(q),
      'articles.get': ({ id }) => articles.get(id),
      'articles.create': async (args) => articles.create(args.language ?? (await settings.get()).defaultLanguage, args.section),
      'articles.save': async ({ id, baseRev, changes }) => {
        const saved = await articles.save(id, baseRev, changes);
        return { rev: saved.rev, updatedAt: saved.updatedAt, slug: saved.slug };
      },
      'articles.delete': async ({ id }) => {
        await articles.delete(id);
        return { id };
      },
      'articles.damaged': async () => store.damaged(),
      'articles.restoreBackup': ({ id }) => articles.restoreBackup(id),
      'tags.list': async () => articles.tags(),
      'tags.rename': async ({ from, to }) => {
        if (!articles.tags().some((t) => tagKey(t.name) === tagKey(from))) throw new AppError('NOT_FOUND', `No article carries the tag "${from}".`);
        return articles.mergeTags([from], to);
      },
      'tags.merge': ({ sources, into }) => articles.mergeTags(sources, into),
      'sections.list': async () => articles.sections(),
      'media.put': ({ dataBase64 }) => media.put(dataBase64),
    },
  };
}
