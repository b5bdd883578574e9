import { Kysely, PostgresDialect, type DatabaseConnection, type Dialect, type Driver } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changesSince } from '../../../../site/changes/changes-page';
import type { SiteDb } from '../../../../site/db/schema';
import { createViaApi, feedCursorNow, readyFields, startTestSite, testEngines, type TestSite } from '../site-test-kit';

/**
 * A PostgreSQL dialect that runs `between` after the feed's article query has answered and
 * before its thread query starts: the moment where a colleague's save lands mid-page.
 */
function dialectWithWritesBetween(url: string, between: () => Promise<void>): Dialect {
  const inner = new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 4 }) });
  let articlesRead: () => void = () => {};
  const articlesDone = new Promise<void>((resolve) => (articlesRead = resolve));
  let fired = false;
  const hook = (conn: DatabaseConnection): DatabaseConnection =>
    new Proxy(conn, {
      get(target, prop) {
        if (prop !== 'executeQuery') {
          const value = Reflect.get(target, prop) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        }
        return async (query: Parameters<DatabaseConnection['executeQuery']>[0]) => {
          const feed = /"change_seq" >/.test(query.sql);
          if (feed && /from "site_comment_threads"/.test(query.sql) && !fired) {
            fired = true;
            await articlesDone;
            await between();
          }
          const result = await target.executeQuery(query);
          if (feed && /from "site_articles"/.test(query.sql)) articlesRead();
          return result;
        };
      },
    });
  return {
    createAdapter: () => inner.createAdapter(),
    createIntrospector: (db) => inner.createIntrospector(db),
    createQueryCompiler: () => inner.createQueryCompiler(),
    createDriver: (): Driver => {
      const driver = inner.createDriver();
      return new Proxy(driver, {
        get(target, prop) {
          if (prop === 'acquireConnection') return async () => hook(await target.acquireConnection());
          const value = Reflect.get(target, prop) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    },
  };
}

/** Every page from `cursor` to the end of the feed, read plainly. */
async function drain(db: SiteDb, cursor: number, now: Date): Promise<Array<{ id: string; teaser: string }>> {
  const seen: Array<{ id: string; teaser: string }> = [];
  for (;;) {
    const page = await changesSince(db, cursor, 100, now);
    seen.push(...page.articles.map((a) => ({ id: a.id, teaser: a.teaser })));
    if (page.cursor === cursor) return seen;
    cursor = Number(page.cursor);
  }
}

// SQLite has one connection: a write cannot land between two reads of a page there, so the
// case exists on PostgreSQL only (testEngines prints why it is skipped without a server).
const postgres = testEngines().find((e) => e.engine === 'postgres')!;

describe.skipIf(postgres.skip)('changes feed under concurrent writes on postgres', () => {
  let site: TestSite;
  let reader: Kysely<unknown> | null = null;
  beforeEach(async () => {
    site = await startTestSite('postgres');
  });
  afterEach(async () => {
    await reader?.destroy();
    reader = null;
    await site.close();
  });
  it('an article saved while a page is read is never skipped by a later thread', async () => {
    const a = await createViaApi(site, readyFields({ headline: 'Hafen wächst', slug: 'hafen-waechst' }));
    const start = await feedCursorNow(site);
    const colleagueWrites = async () => {
      const put = await site.call('PUT', `/api/v1/articles/${a.id}`, { token: site.tokens.editor, body: { baseRev: a.rev, fields: { teaser: 'Angenommen' } } });
      expect(put.statusCode).toBe(200);
      const comment = await site.call('POST', `/api/v1/articles/${a.id}/comments`, { token: site.tokens.reviewer, body: { id: 'thread-b1', anchor: { kind: 'field', field: 'headline' }, text: 'Gut' } });
      expect(comment.statusCode).toBe(201);
    };
    reader = new Kysely<unknown>({ dialect: dialectWithWritesBetween(site.db.postgresUrl!, colleagueWrites) });
    const first = await changesSince(reader as unknown as SiteDb, start, 100, site.clock.now());
    const later = await drain(site.db.kysely, Number(first.cursor), site.clock.now());
    const taken = [...first.articles.map((x) => ({ id: x.id, teaser: x.teaser })), ...later];
    expect(taken.filter((x) => x.id === a.id).at(-1)?.teaser).toBe('Angenommen');
  });
});
