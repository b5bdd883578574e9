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
import { READY } from './fake-team';

let dir: string;
let site: EmbeddedSite;
let backend: Backend;

async function call<T>(name: string, args: unknown = {}): Promise<T> {
  const result = await backend.dispatch(name, args);
  if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}
/** The site's own answer, read with the demo publisher's token. */
async function onSite<T>(route: string): Promise<T> {
  const res = await fetch(`${site.url}/api/v1${route}`, { headers: { authorization: `Bearer ${site.tokens.publisher}` } });
  return (await res.json()) as T;
}
const actingAs = (name: string) => expect.poll(async () => (await call<TeamAccount>('team.account')).account?.name, { timeout: 5000, interval: 50 }).toBe(name);

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-team-site-'));
  site = await startEmbeddedSite({ dataDir: dir, port: 0 });
  backend = await createBackend({ dataDir: dir, host: 'web', version: '1', forcedLanguage: null, systemLanguage: 'de-DE', openExternal: async () => true, sync: { embeddedSite: { url: site.url, tokens: site.tokens } } });
});
afterEach(async () => {
  await backend.close();
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the back end acting as the built-in site’s demo team', () => {
  it('acts as Demo Redaktion, sends the submit as an action, and as Demo Prüfung comments but may not edit', async () => {
    await actingAs('Demo Redaktion');
    expect(await call<TeamAccount>('team.account')).toMatchObject({ demo: true, siteUrl: site.url });
    const a = await call<Article>('articles.create', {});
    await call('articles.save', { id: a.id, baseRev: a.rev, changes: READY });
    const submitted = await call<Article>('workflow.transition', { id: a.id, baseRev: a.rev + 1, action: 'submit' });
    expect(submitted.statusHistory.at(-1)!.actor.name).toBe('Demo Redaktion');
    await call('sync.now');
    await expect.poll(async () => (await onSite<{ article: Article }>(`/articles/${a.id}`)).article?.status, { timeout: 5000, interval: 100 }).toBe('in_review');
    const remote = (await onSite<{ article: Article }>(`/articles/${a.id}`)).article;
    expect(remote.statusHistory.at(-1)).toMatchObject({ action: 'submit', actor: { name: 'Demo Redaktion', role: 'editor' } });

    await call('team.useDemoAccount', { role: 'reviewer' });
    await actingAs('Demo Prüfung');
    const refused = await backend.dispatch('articles.save', { id: a.id, baseRev: (await call<Article>('articles.get', { id: a.id })).rev, changes: { headline: 'Anders' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const thread = await call<CommentThread>('comments.add', { id: a.id, anchor: { kind: 'field', field: 'headline' }, text: 'Bitte kürzen.' });
    expect(thread.author).toBe('Demo Prüfung');
    await call('sync.now');
    await expect
      .poll(async () => (await onSite<{ threads: CommentThread[] }>(`/articles/${a.id}/comments`)).threads?.map((t) => [t.id, t.author]), { timeout: 5000, interval: 100 })
      .toEqual([[thread.id, 'Demo Prüfung']]);
  });

  it('sends each queued action with the token of the demo account that took it, not the one current when it goes out', async () => {
    await actingAs('Demo Redaktion');
    const a = await call<Article>('articles.create', {});
    await call('articles.save', { id: a.id, baseRev: a.rev, changes: READY });
    await call('sync.now'); // the draft is on the site; what follows is only queued
    await expect.poll(async () => (await onSite<{ article?: Article }>(`/articles/${a.id}`)).article?.status, { timeout: 5000, interval: 100 }).toBe('draft');
    await call('workflow.transition', { id: a.id, baseRev: a.rev + 1, action: 'submit' });
    await call('team.useDemoAccount', { role: 'reviewer' });
    await actingAs('Demo Prüfung');
    const here = await call<Article>('articles.get', { id: a.id });
    await call('workflow.transition', { id: a.id, baseRev: here.rev, action: 'request_changes', note: 'Quelle fehlt.' });
    await call('sync.now'); // both go out only now, as the reviewer is current
    await expect
      .poll(async () => (await onSite<{ article: Article }>(`/articles/${a.id}`)).article?.statusHistory.map((h) => [h.action, h.actor.name]), { timeout: 5000, interval: 100 })
      .toEqual([['submit', 'Demo Redaktion'], ['request_changes', 'Demo Prüfung']]);
  });

  it('switches the demo account at once when the role is chosen in Settings', async () => {
    await actingAs('Demo Redaktion');
    const settings = await call<{ profile: { name: string; role: string } }>('settings.get');
    await call('settings.update', { profile: { ...settings.profile, role: 'publisher' } });
    // No polling: the very next call already acts as the publisher's demo account.
    expect((await call<TeamAccount>('team.account')).account).toMatchObject({ name: 'Demo Veröffentlichung', role: 'publisher' });
  });

  it('tells the editor on one machine, in the inbox, that the reviewer on another requested changes', async () => {
    await actingAs('Demo Redaktion');
    const a = await call<Article>('articles.create', {});
    await call('articles.save', { id: a.id, baseRev: a.rev, changes: READY });
    await call('workflow.transition', { id: a.id, baseRev: a.rev + 1, action: 'submit' });
    await call('sync.now');

    const otherDir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-team-site-b-'));
    const other = await createBackend({ dataDir: otherDir, host: 'web', version: '1', forcedLanguage: null, systemLanguage: 'de-DE', openExternal: async () => true, sync: { embeddedSite: { url: site.url, tokens: site.tokens } } });
    const onOther = async <T>(name: string, args: unknown = {}): Promise<T> => {
      const result = await other.dispatch(name, args);
      if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
      return result.value as T;
    };
    try {
      await onOther('team.useDemoAccount', { role: 'reviewer' });
      await expect.poll(async () => (await onOther<TeamAccount>('team.account')).account?.name, { timeout: 5000, interval: 50 }).toBe('Demo Prüfung');
      await expect.poll(async () => (await onOther('sync.now'), (await other.dispatch('articles.get', { id: a.id })).ok), { timeout: 5000, interval: 100 }).toBe(true);
      const there = await onOther<Article>('articles.get', { id: a.id });
      await onOther('workflow.transition', { id: a.id, baseRev: there.rev, action: 'request_changes', note: 'Quelle fehlt.' });
      await onOther('sync.now');
    } finally {
      await other.close();
      rmSync(otherDir, { recursive: true, force: true });
    }

    await expect
      .poll(async () => (await call('sync.now'), (await call<{ items: Array<{ kind: string; actorName: string; articleId: string }> }>('inbox.list')).items), { timeout: 5000, interval: 100 })
      .toEqual([expect.objectContaining({ kind: 'status', actorName: 'Demo Prüfung', articleId: a.id })]);
    expect((await call<Article>('articles.get', { id: a.id })).status).toBe('changes_requested');
  });
});
