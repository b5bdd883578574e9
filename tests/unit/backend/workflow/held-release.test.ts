import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InboxItem } from '../../../../core/contract/calls/team';
import { teamBackend } from '../team/fake-team';

let clock = Date.parse('2026-06-01T08:00:00Z');
const ctx = teamBackend({ now: () => new Date(clock) });
beforeEach(async () => {
  clock = Date.parse('2026-06-01T08:00:00Z');
  await ctx.setUp();
});
afterEach(() => ctx.tearDown());

/** A scheduled article whose teaser was emptied behind the app's back (the checklist now fails). */
async function scheduledThenBroken(): Promise<string> {
  await ctx.call('settings.update', { profile: { name: 'Paula', role: 'publisher' } });
  const a = await ctx.ready();
  await ctx.act(a.id, 'submit');
  await ctx.act(a.id, 'approve');
  await ctx.act(a.id, 'schedule', { schedule: { publishAt: '2026-06-01T09:00:00Z' } });
  await ctx.backend.close();
  const file = path.join(ctx.dir, 'articles', `${a.id}.json`);
  const contents = JSON.parse(readFileSync(file, 'utf8')) as { article: { teaser: string } };
  contents.article.teaser = '';
  writeFileSync(file, JSON.stringify(contents));
  return a.id;
}

describe('the local scheduler runs the checklist before publishing', () => {
  it('holds a release whose required checks fail (auto_hold, back to approved, note in German) and tells the publisher', async () => {
    const id = await scheduledThenBroken();
    clock = Date.parse('2026-06-01T09:00:01Z');
    await ctx.open();
    await expect.poll(async () => (await ctx.get(id)).status, { timeout: 3000, interval: 100 }).toBe('approved');
    const last = (await ctx.get(id)).statusHistory.at(-1)!;
    expect(last).toMatchObject({ action: 'auto_hold', from: 'scheduled', to: 'approved', actor: { role: 'system' } });
    expect(last.note).toMatch(/^Veröffentlichung angehalten, Pflichtprüfungen schlagen fehl: .*Teaser/);
    const inbox = await ctx.call<{ items: InboxItem[] }>('inbox.list');
    expect(inbox.items.map((i) => [i.kind, i.articleId])).toEqual([['held', id]]);
  });

  it('publishes as before when the checks pass', async () => {
    await ctx.call('settings.update', { profile: { name: 'Paula', role: 'publisher' } });
    const a = await ctx.ready();
    await ctx.act(a.id, 'submit');
    await ctx.act(a.id, 'approve');
    await ctx.act(a.id, 'schedule', { schedule: { publishAt: '2026-06-01T09:00:00Z' } });
    await ctx.backend.close();
    clock = Date.parse('2026-06-01T09:00:01Z');
    await ctx.open();
    await expect.poll(async () => (await ctx.get(a.id)).status, { timeout: 3000, interval: 100 }).toBe('published');
    expect((await ctx.call<{ items: InboxItem[] }>('inbox.list')).items).toEqual([]);
  });
});
