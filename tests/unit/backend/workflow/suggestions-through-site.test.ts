import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../../core/article/article';
import type { TeamAccount } from '../../../../core/contract/calls/team';
import type { CommentThread } from '../../../../core/comments/thread';
import { createBackend } from '../../../../backend/backend';
import type { Backend } from '../../../../backend/backend-types';
import { startEmbeddedSite, type EmbeddedSite } from '../../../../host-common/embedded-site';
import { READY } from '../team/fake-team';

let dirs: string[];
let site: EmbeddedSite;
let editor: Backend;
let reviewer: Backend;

const caller = (backend: Backend) => async <T>(name: string, args: unknown = {}): Promise<T> => {
  const result = await backend.dispatch(name, args);
  if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
};
async function start(): Promise<Backend> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-suggest-'));
  dirs.push(dir);
  return createBackend({ dataDir: dir, host: 'web', version: '1', forcedLanguage: null, systemLanguage: 'de-DE', openExternal: async () => true, sync: { embeddedSite: { url: site.url, tokens: site.tokens } } });
}

beforeEach(async () => {
  dirs = [mkdtempSync(path.join(os.tmpdir(), 'copydesk-suggest-site-'))];
  site = await startEmbeddedSite({ dataDir: dirs[0]!, port: 0 });
  editor = await start();
  reviewer = await start();
});
afterEach(async () => {
  await editor.close();
  await reviewer.close();
  await site.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('a suggestion between two machines', () => {
  it("travels from the reviewer to the editor, the reviewer may not accept it, the editor's accept comes back", async () => {
    const ed = caller(editor);
    const rv = caller(reviewer);
    await expect.poll(async () => (await ed<TeamAccount>('team.account')).account?.name, { timeout: 5000 }).toBe('Demo Redaktion');
    const a = await ed<Article>('articles.create', {});
    await ed('articles.save', { id: a.id, baseRev: a.rev, changes: READY });
    await ed('sync.now');

    await rv('team.useDemoAccount', { role: 'reviewer' });
    await expect.poll(async () => (await rv<TeamAccount>('team.account')).account?.name, { timeout: 5000 }).toBe('Demo Prüfung');
    await expect.poll(async () => (await rv('sync.now'), (await reviewer.dispatch('articles.get', { id: a.id })).ok), { timeout: 5000, interval: 100 }).toBe(true);
    // "Die Preise bleiben …": "Preise" is 5..11.
    const anchor = { kind: 'body', from: 5, to: 11, quote: 'Preise' };
    await rv('suggestions.save', { id: a.id, threadId: 'sugg-abc1', anchor, insert: 'T' });
    const mine = await rv<CommentThread>('suggestions.save', { id: a.id, threadId: 'sugg-abc1', anchor, insert: 'Tarife' });
    expect(mine).toMatchObject({ author: 'Demo Prüfung', suggestion: { insert: 'Tarife' }, resolved: null });
    expect(await reviewer.dispatch('suggestions.settle', { id: a.id, threadId: 'sugg-abc1', outcome: 'accepted' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await rv('sync.now');

    await expect
      .poll(async () => (await ed('sync.now'), (await ed<CommentThread[]>('comments.list', { id: a.id })).map((t) => [t.author, t.suggestion?.insert, t.anchor])), { timeout: 5000, interval: 100 })
      .toEqual([['Demo Prüfung', 'Tarife', anchor]]);
    const accepted = await ed<CommentThread>('suggestions.settle', { id: a.id, threadId: 'sugg-abc1', outcome: 'accepted' });
    expect(accepted).toMatchObject({ resolved: { by: 'Demo Redaktion' }, suggestion: { outcome: 'accepted' } });
    await ed('sync.now');

    await expect
      .poll(async () => (await rv('sync.now'), (await rv<CommentThread[]>('comments.list', { id: a.id }))[0]?.suggestion?.outcome), { timeout: 5000, interval: 100 })
      .toBe('accepted');
  });
});
