import { tagKey } from '../../../../core/article/primitives';
import { SyncFailure } from '../../../../core/sync/sync-target';
import { decodeEntities, textToWpHtml, wpTermListSchema, wpTermSchema } from './';
import type { WpHttp } from './wp-http';

export type Taxonomy = 'tags' | 'categories';

/**
 * Tags and categories by name, looked up once and created when missing (cached per target).
 * Names compare case-insensitively after entity decoding: WordPress stores "A & B" as "A &amp; B".
 */
export class WpTerms {
  private readonly byKey: Record<Taxonomy, Map<string, number>> = { tags: new Map(), categories: new Map() };
  private readonly byId: Record<Taxonomy, Map<number, string>> = { tags: new Map(), categories: new Map() };
  private readonly pending = new Map<string, Promise<number>>();

  constructor(private readonly http: WpHttp) {}

  private remember(tax: Taxonomy, id: number, name: string): void {
    const plain = decodeEntities(name);
    this.byId[tax].set(id, plain);
    this.byKey[tax].set(tagKey(plain), id);
  }

  /** The term id of `name`, creating the term when the site has none. */
  async idFor(tax: Taxonomy, name: string): Promise<number> {
    const key = tagKey(name);
    const cached = this.byKey[tax].get(key);
    if (cached !== undefined) return cached;
    const pendingKey = `${tax}\u0000${key}`;
    let p = this.pending.get(pendingKey);
    if (!p) {
      p = this.lookupOrCreate(tax, name).finally(() => this.pending.delete(pendingKey));
      this.pending.set(pendingKey, p);
    }
    return p;
  }

  private async lookupOrCreate(tax: Taxonomy, name: string): Promise<number> {
    const key = tagKey(name);
    const found = await this.http.request({ route: `/wp/v2/${tax}`, query: { search: name, per_page: 100, context: 'edit', _fields: 'id,name,slug' } }, wpTermListSchema);
    for (const t of found.data) this.remember(tax, t.id, t.name);
    const hit = this.byKey[tax].get(key);
    if (hit !== undefined) return hit;
    try {
      const created = await this.http.request({ method: 'POST', route: `/wp/v2/${tax}`, json: { name: textToWpHtml(name) } }, wpTermSchema);
      this.remember(tax, created.data.id, created.data.name);
      this.byKey[tax].set(key, created.data.id);
      return created.data.id;
    } catch (err) {
      // Created meanwhile by someone else, or WordPress folded the name ("<b>x</b>" -> "x"): use that term.
      if (err instanceof SyncFailure && err.kind === 'rejected' && /term_exists/.test(err.message)) {
        const again = await this.http.request({ route: `/wp/v2/${tax}`, query: { search: name.replace(/<[^>]*>/g, ''), per_page: 100, context: 'edit' } }, wpTermListSchema);
        for (const t of again.data) this.remember(tax, t.id, t.name);
        const id = this.byKey[tax].get(key) ?? again.data[0]?.id;
        if (id !== undefined) {
          this.byKey[tax].set(key, id);
          return id;
        }
      }
      throw err;
    }
  }

  /** Names for term ids (fetching the unknown ones in one request). */
  async namesFor(tax: Taxonomy, ids: readonly number[]): Promise<string[]> {
    const missing = ids.filter((id) => !this.byId[tax].has(id));
    for (let i = 0; i < missing.length; i += 100) {
      const chunk = missing.slice(i, i + 100);
      const res = await this.http.request({ route: `/wp/v2/${tax}`, query: { include: chunk, per_page: 100, context: 'edit', _fields: 'id,name,slug' } }, wpTermListSchema);
      for (const t of res.data) this.remember(tax, t.id, t.name);
    }
    return ids.map((id) => this.byId[tax].get(id)).filter((n): n is string => n !== undefined);
  }
}

