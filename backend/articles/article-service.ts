import { normalizeTags, tagKey, newArticleFields, type Article, type ArticleFields, type ArticleSummary, type Language } from '../../core/article/article';
import { isUniqueSlugOf, slugify, uniqueSlug } from '../../core/article/slug';
import type { ListPage, ListQuery } from '../../core/contract/contract';
import { createListView, pageMatches } from './list-view';
import { slugIndexOf } from './slug-index';
import { queryTerms } from './search/german-terms';
import { AppError } from '../../core/contract/result';
import type { ArticleStore } from './store/article-store';
import type { SearchIndex } from './search-index';
import type { EditConsequence } from './edit-after-approval';
import { pickEditorFields } from '../../core/article/fields';

/** How many matches a ranked search counts past the page asked for; beyond them the list says "more than". */
export const SEARCH_COUNT_AHEAD = 1000;

/** Articles as the UI sees them: listing with search and filters, slugs kept unique. */
export function createArticleService(store: ArticleStore, search: SearchIndex) {
  const slugs = slugIndexOf(store);
  const slugsExcept = (id: string) => slugs.except(id);

  /** A slug is derived from the headline until the editor types one; either way it is made unique. */
  function resolveSlug(id: string, current: Article | null, changes: Partial<ArticleFields>): string | undefined {
    const requested = changes.slug;
    if (requested !== undefined) return uniqueSlug(slugify(requested) || slugify(changes.headline ?? current?.headline ?? ''), slugsExcept(id));
    if (changes.headline === undefined || !current) return undefined;
    // Numbered and cut forms count as derived too, and a headline may itself end in a number.
    const wasDerived = current.slug === '' || isUniqueSlugOf(current.slug, current.headline);
    return wasDerived ? uniqueSlug(slugify(changes.headline), slugsExcept(id)) : undefined;
  }

  const view = createListView(store);

  function matches(summary: ArticleSummary, q: ListQuery): boolean {
    if (q.tag && !summary.tags.some((t) => tagKey(t) === tagKey(q.tag!))) return false;
    if (q.section && summary.section !== q.section) return false;
    if (q.status && (summary.status !== q.status || summary.damaged)) return false;
    return true;
  }

  return {
    /** One page of the filtered, sorted list with the total; for a search also what matched and the index's state. */
    async list(q: ListQuery): Promise<ListPage> {
      const text = q.query?.trim();
      const offset = q.offset ?? 0;
      const end = offset + (q.limit ?? 200);
      const searchIndex = search.status?.();
      const ordered = () => (q.sort === 'updated-asc' ? view.oldestFirst() : view.newestFirst());
      if (!text) {
        const items = q.tag || q.section || q.status ? ordered().filter((s) => matches(s, q)) : ordered();
        return { items: items.slice(offset, end), total: items.length, searchIndex };
      }
      const ranked = !q.sort || q.sort === 'relevance';
      const found = search.hits ? search.hits(text, ranked) : await search.search(text, { limit: Number.MAX_SAFE_INTEGER, ranked });
      let items: ArticleSummary[];
      let more = false;
      if (ranked) {
        // Read as far as the page and a bounded count ahead: a common word matches most of an archive.
        items = [];
        for (const hit of found) {
          const summary = store.summary(hit.id);
          if (!summary || !matches(summary, q)) continue;
          if (items.length >= end + SEARCH_COUNT_AHEAD) {
            more = true;
            break;
          }
          items.push(summary);
        }
      } else {
        // The date order is kept per store change: picking the hits from it beats sorting them.
        const ids = new Set<string>();
        for (const hit of found) ids.add(hit.id);
        items = ordered().filter((s) => ids.has(s.id) && matches(s, q));
      }
      const page = items.slice(offset, end);
      return { items: page, total: items.length, ...(more ? { more } : {}), matches: await pageMatches(store, search.termsOf?.(text) ?? queryTerms(text), page), searchIndex };
    },

    get: (id: string) => store.get(id),

    async create(language: Language, section = ''): Promise<Article> {
      const article = await store.create(newArticleFields(language, section));
      search.add(article);
      return article;
    },

    /**
     * Saves changed fields. `consequence` (the contract's saves) may add what the edit means for
     * the workflow; it is written in the same durable write as the fields.
     */
    async save(id: string, baseRev: number, changes: Partial<ArticleFields>, consequence?: (current: Article, patch: Partial<ArticleFields>) => EditConsequence | null) {
      const current = await store.get(id);
      const patch: Partial<ArticleFields> = { ...changes };
      if (patch.tags) patch.tags = normalizeTags(patch.tags);
      const slug = resolveSlug(id, current, patch);
      if (slug !== undefined) patch.slug = slug;
      const extra = current.rev === baseRev ? consequence?.(current, patch) : null;
      // replace() checks the rev again under the article's lock: a save in between is a CONFLICT.
      const saved = extra ? await store.replace({ ...current, ...pickEditorFields(patch), ...extra }) : await store.save(id, baseRev, patch);
      search.update(saved);
      return saved;
    },

    /** Moves the article to the trash folder; resolves with its file name there. */
    async delete(id: string): Promise<string> {
      const name = await store.delete(id);
      search.remove(id);
      return name;
    },

    /** Brings a trashed file back (see delete) and indexes it again. */
    async undelete(id: string, trashedName: string): Promise<Article> {
      const article = await store.undelete(id, trashedName);
      search.update(article);
      return article;
    },

    async restoreBackup(id: string) {
      const restored = await store.restoreBackup(id);
      search.update(restored);
      return restored;
    },

    sections(): string[] {
      const set = new Set(store.list().map((s) => s.section).filter(Boolean));
      return [...set].sort((a, b) => a.localeCompare(b, 'de'));
    },

    tags(): Array<{ name: string; count: number }> {
      const counts = new Map<string, { name: string; count: number }>();
      for (const s of store.list()) {
        for (const t of s.tags) {
          const entry = counts.get(tagKey(t)) ?? { name: t, count: 0 };
          entry.count++;
          counts.set(tagKey(t), entry);
        }
      }
      return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'de'));
    },

    /**
     * Replaces every tag in `sources` by `into` in all articles (rename is a merge of one).
     * Each article is rewritten durably on its own; a failure stops with the count so far.
     * `consequence` (the contract's calls) adds what the edit means for each article's workflow.
     */
    async mergeTags(sources: string[], into: string, consequence?: (current: Article) => EditConsequence | null): Promise<{ changed: number }> {
      const keys = new Set(sources.map(tagKey));
      if (keys.size === 0) throw new AppError('INVALID_ARGUMENT', 'Name at least one tag to merge.');
      let changed = 0;
      for (const summary of store.list()) {
        if (summary.damaged || !summary.tags.some((t) => keys.has(tagKey(t)))) continue;
        const article = await store.get(summary.id);
        const tags = normalizeTags(article.tags.map((t) => (keys.has(tagKey(t)) ? into : t)));
        const saved = await store.replace({ ...article, tags, ...consequence?.(article) });
        search.update(saved);
        changed++;
      }
      return { changed };
    },
  };
}

export type ArticleService = ReturnType<typeof createArticleService>;
