import type { ArticleSummary } from '../../core/article/article';
import type { SlugLookup } from '../../core/article/slug';
import type { ArticleStore } from './store/article-store';

export interface SlugIndex {
  /** The slugs held by every readable article except `id`. */
  except(id: string): SlugLookup;
}

const indexes = new WeakMap<ArticleStore, SlugIndex>();

/**
 * Which slugs the store's articles hold, built once from the summaries and kept current from the
 * store's change events. At 100,000 articles a Set of every slug cost more than the save it was
 * built for (every headline autosave and every checklist asked for one).
 */
export function slugIndexOf(store: ArticleStore): SlugIndex {
  let index = indexes.get(store);
  if (!index) indexes.set(store, (index = createSlugIndex(store)));
  return index;
}

function createSlugIndex(store: ArticleStore): SlugIndex {
  let slugOf: Map<string, string> | null = null;
  const holders = new Map<string, number>();
  const drop = (id: string) => {
    const slug = slugOf!.get(id);
    if (slug === undefined) return;
    slugOf!.delete(id);
    const left = (holders.get(slug) ?? 1) - 1;
    if (left > 0) holders.set(slug, left);
    else holders.delete(slug);
  };
  const hold = (id: string, summary: ArticleSummary | null | undefined) => {
    if (!summary || summary.damaged || !summary.slug) return;
    slugOf!.set(id, summary.slug);
    holders.set(summary.slug, (holders.get(summary.slug) ?? 0) + 1);
  };
  store.onChange((id, summary) => {
    if (!slugOf) return; // built from the store's list at the first question
    drop(id);
    hold(id, summary);
  });
  const built = () => {
    if (!slugOf) {
      slugOf = new Map();
      for (const s of store.list()) hold(s.id, s);
    }
    return slugOf;
  };
  return {
    except: (id) => ({
      has(slug) {
        const own = built().get(id) === slug ? 1 : 0;
        return (holders.get(slug) ?? 0) - own > 0;
      },
    }),
  };
}
