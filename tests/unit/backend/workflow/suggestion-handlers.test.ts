import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../../core/article/article';
import type { CommentThread } from '../../../../core/comments/thread';
import { createBackend } from '../../../../backend/backend';
import type { Backend } from '../../../../backend/backend-types';

let dir: string;
let backend: Backend;
const call = async <T>(name: string, args: unknown = {}): Promise<T> => {
  const result = await backend.dispatch(name, args);
  if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
};
const as = (role: 'editor' | 'reviewer', name: string) => call('settings.update', { profile: { name, role } });
const WORD = { kind: 'body', from: 5, to: 11, quote: 'Preise' } as const;

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-suggest-local-'));
  backend = await createBackend({ dataDir: dir, host: 'web', version: '1', forcedLanguage: null, systemLanguage: 'de-DE', openExternal: async () => true });
});
afterEach(async () => {
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('suggestions without a site', () => {
  it('are stored as threads by the acting profile, kept across a restart, and only editors accept', async () => {
    await as('reviewer', 'Rita Prüferin');
    const a = await call<Article>('articles.create', {});
    await call('suggestions.save', { id: a.id, threadId: 'sugg-loc1', anchor: WORD, insert: 'T' });
    await call('suggestions.save', { id: a.id, threadId: 'sugg-loc1', anchor: WORD, insert: 'Tarife' });
    expect(await backend.dispatch('suggestions.settle', { id: a.id, threadId: 'sugg-loc1', outcome: 'accepted' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await backend.dispatch('comments.resolve', { id: a.id, threadId: 'sugg-loc1' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await backend.close();
    backend = await createBackend({ dataDir: dir, host: 'web', version: '1', forcedLanguage: null, systemLanguage: 'de-DE', openExternal: async () => true });

    await as('editor', 'Erik Redakteur');
    const [kept] = await call<CommentThread[]>('comments.list', { id: a.id });
    expect(kept).toMatchObject({ author: 'Rita Prüferin', anchor: WORD, suggestion: { insert: 'Tarife' }, text: '“Preise” → “Tarife”', resolved: null });
    expect(await backend.dispatch('suggestions.save', { id: a.id, threadId: 'sugg-loc1', anchor: WORD, insert: 'Kosten' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const accepted = await call<CommentThread>('suggestions.settle', { id: a.id, threadId: 'sugg-loc1', outcome: 'accepted' });
    expect(accepted).toMatchObject({ resolved: { by: 'Erik Redakteur' }, suggestion: { outcome: 'accepted' } });
    expect(await backend.dispatch('suggestions.settle', { id: a.id, threadId: 'sugg-loc1', outcome: 'rejected' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses a change that changes nothing, and a suggestion on an article that does not exist', async () => {
    const a = await call<Article>('articles.create', {});
    expect(await backend.dispatch('suggestions.save', { id: a.id, threadId: 'sugg-loc2', anchor: { kind: 'body', from: 3, to: 3, quote: '' }, insert: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await backend.dispatch('suggestions.save', { id: 'no-such-article', threadId: 'sugg-loc3', anchor: WORD, insert: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call<CommentThread[]>('comments.list', { id: a.id })).toEqual([]);
  });
});
