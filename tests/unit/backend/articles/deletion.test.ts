import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../../core/article/article';
import { ANNA, PAUL, RITA, teamBackend } from '../team/fake-team';

const ctx = teamBackend();
beforeEach(() => ctx.setUp());
afterEach(() => ctx.tearDown());

describe('deleting into the trash', () => {
  it('moves a synced article to the trash, queues article.delete, and restores it with article.restore', async () => {
    ctx.as(ANNA);
    const a = await ctx.ready();
    await ctx.call('articles.delete', { id: a.id });
    expect(existsSync(path.join(ctx.dir, 'articles', `${a.id}.json`))).toBe(false);
    expect(readdirSync(path.join(ctx.dir, 'trash')).some((f) => f.startsWith(`${a.id}.`))).toBe(true);
    expect(await ctx.call('articles.trash')).toEqual([{ id: a.id, headline: a.headline, deletedAt: expect.any(String), deletedBy: 'Anna Editor' }]);
    expect((await ctx.call<{ total: number }>('articles.list', {})).total).toBe(0);

    const back = await ctx.call<Article>('articles.restore', { id: a.id });
    expect(back).toMatchObject({ id: a.id, headline: a.headline, rev: a.rev });
    expect(await ctx.call('articles.trash')).toEqual([]);
    expect((await ctx.call<{ items: Array<{ id: string }> }>('articles.list', { query: 'Stadtwerke' })).items.map((i) => i.id)).toEqual([a.id]);
    expect(ctx.team.state.ops.map((o) => o.op)).toEqual([
      { kind: 'article.delete', articleId: a.id },
      { kind: 'article.restore', articleId: a.id },
    ]);
  });

  it('keeps the trash across a restart', async () => {
    const a = await ctx.ready();
    await ctx.call('articles.delete', { id: a.id });
    await ctx.backend.close();
    await ctx.open();
    expect((await ctx.call<Array<{ id: string }>>('articles.trash')).map((t) => t.id)).toEqual([a.id]);
    expect((await ctx.call<Article>('articles.restore', { id: a.id })).headline).toBe(a.headline);
  });

  it('refuses to delete a live or scheduled article with a plain message', async () => {
    const live = await ctx.walkedTo('published');
    const planned = await ctx.walkedTo('scheduled');
    ctx.as(PAUL);
    expect(await ctx.raw('articles.delete', { id: live.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('unpublish it first'), details: { messageDe: expect.any(String) } } });
    expect(await ctx.raw('articles.delete', { id: planned.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('unschedule it first') } });
    expect(await ctx.call('articles.trash')).toEqual([]);
  });

  it('refuses a reviewer account and an article that is not in the trash', async () => {
    ctx.as(ANNA);
    const a = await ctx.ready();
    ctx.as(RITA);
    expect(await ctx.raw('articles.delete', { id: a.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    ctx.as(ANNA);
    expect(await ctx.raw('articles.restore', { id: a.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('queues nothing without a site', async () => {
    const a = await ctx.ready();
    await ctx.call('articles.delete', { id: a.id });
    await ctx.call('articles.restore', { id: a.id });
    expect(ctx.team.state.ops).toEqual([]);
  });
});
