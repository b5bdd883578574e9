import { SyncFailure } from '../../../../core/sync/sync-target';
import { wpUserListSchema, wpUserSchema } from './';
import type { WpHttp } from './wp-http';

/**
 * Authors by name and by WordPress user id, looked up once per target. Without the right to
 * list users a name stays unknown (the post keeps WordPress's author).
 */
export class WpAuthors {
  private readonly idCache = new Map<string, number | null>();
  private readonly nameCache = new Map<number, string | null>();

  constructor(
    private readonly http: WpHttp,
    /** The site's settings: their authorIds come first. */
    private readonly opts: { authorIds?: Record<string, number> },
  ) {}

  /** The user id for an article's author name (configured first, else by display name). */
  async idFor(name: string): Promise<number | undefined> {
    const trimmed = name.trim();
    if (!trimmed) return undefined;
    if (this.opts.authorIds?.[trimmed] !== undefined) return this.opts.authorIds[trimmed];
    if (!this.idCache.has(trimmed)) {
      try {
        const res = await this.http.request({ route: '/wp/v2/users', query: { search: trimmed, context: 'edit', per_page: 20, _fields: 'id,name,slug' } }, wpUserListSchema);
        const hit = res.data.find((u) => u.name.toLocaleLowerCase('de') === trimmed.toLocaleLowerCase('de'));
        this.idCache.set(trimmed, hit?.id ?? null);
        if (hit) this.nameCache.set(hit.id, hit.name);
      } catch (err) {
        // Listing users needs list_users; without it the post keeps WordPress's author.
        if (!(err instanceof SyncFailure) || err.kind !== 'forbidden') throw err;
        this.idCache.set(trimmed, null);
      }
    }
    return this.idCache.get(trimmed) ?? undefined;
  }

  /** The display name of a post's author, or null when it cannot be read. */
  async nameFor(id: number | undefined): Promise<string | null> {
    if (!id) return null;
    if (!this.nameCache.has(id)) {
      try {
        const res = await this.http.request({ route: `/wp/v2/users/${id}`, query: { _fields: 'id,name' } }, wpUserSchema);
        this.nameCache.set(id, res.data.name);
      } catch (err) {
        if (!(err instanceof SyncFailure) || (err.kind !== 'forbidden' && err.kind !== 'not_found' && err.kind !== 'auth')) throw err;
        this.nameCache.set(id, null);
      }
    }
    return this.nameCache.get(id) ?? null;
  }
}
