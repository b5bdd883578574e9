import { z } from 'zod';
import { SyncFailure, type ChangesPage, type RemoteArticle } from '../../../../core/sync/sync-target';
import { postRevision, wpPostListSchema, type WpPost } from './';
import type { WpContext } from './wp-context';
import { postToRemote } from './wp-posts';

/** Cursor of pull: the last modified_gmt seen and the posts already returned at that second. */
const cursorSchema = z.object({
  v: z.literal(1),
  t: z.string(),
  seen: z.record(z.string(), z.string()),
  page: z.number().int().positive(),
  /** Every post of second `t` was returned (after paging through a bulk edit): ask strictly after it. */
  strict: z.boolean().optional(),
});
type Cursor = z.infer<typeof cursorSchema>;

function parseCursor(cursor: string | null): Cursor | null {
  if (!cursor) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(cursor));
    if (parsed.success) return parsed.data;
  } catch {
    /* fall through */
  }
  throw new SyncFailure('rejected', 'not a WordPress pull cursor');
}

/** The posts changed since the cursor, oldest change first (modified_after, one page). */
export async function pullPosts(ctx: WpContext, cursorText: string | null): Promise<ChangesPage> {
  const cursor = parseCursor(cursorText);
  await ctx.ensureLogin();
  const query: Record<string, string | number> = { status: 'any', context: 'edit', orderby: 'modified', order: 'asc', per_page: ctx.pageSize, page: cursor?.page ?? 1 };
  // modified_after is exclusive and whole seconds: ask from one second earlier, drop what we saw.
  if (cursor) query.modified_after = new Date(Date.parse(`${cursor.t}Z`) - (cursor.strict ? 0 : 1000)).toISOString().replace('.000Z', 'Z');
  const res = await ctx.http.request({ route: '/wp/v2/posts', query }, wpPostListSchema);
  const fresh = res.data.filter((p) => !(cursor && p.modified_gmt === cursor.t && cursor.seen[String(p.id)] === postRevision(p)));
  const changes: RemoteArticle[] = [];
  for (const post of fresh) changes.push(await postToRemote(ctx, post));
  const next = nextCursor(cursor, res.data, res.data.length === ctx.pageSize);
  const more = res.data.length === ctx.pageSize || next.page > 1;
  return { changes, cursor: JSON.stringify(next), more };
}

/** Where the next page starts, after `posts` (a full page when `full`). */
function nextCursor(cursor: Cursor | null, posts: readonly WpPost[], full: boolean): Cursor {
  const maxT = posts.reduce((m, p) => (p.modified_gmt > m ? p.modified_gmt : m), cursor?.t ?? '');
  if (!cursor && !posts.length) return { v: 1, t: '1970-01-01T00:00:00', seen: {}, page: 1 };
  if (cursor && maxT === cursor.t) {
    // Nothing newer than the cursor's second on this page. A full page means a bulk edit put
    // more posts into that second than a page holds: page on within it. A short page after
    // such paging means the second is done: from now on ask strictly after it.
    const seen = { ...cursor.seen };
    for (const p of posts) if (p.modified_gmt === maxT) seen[String(p.id)] = postRevision(p);
    if (full) return { v: 1, t: maxT, seen, page: cursor.page + 1, strict: cursor.strict };
    if (cursor.page > 1) return { v: 1, t: maxT, seen: {}, page: 1, strict: true };
    return { v: 1, t: maxT, seen, page: 1, strict: cursor.strict };
  }
  const seen: Record<string, string> = {};
  for (const p of posts) if (p.modified_gmt === maxT) seen[String(p.id)] = postRevision(p);
  return { v: 1, t: maxT, seen, page: 1 };
}
