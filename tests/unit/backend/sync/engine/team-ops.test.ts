import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_SLOTS } from '../../../../../core/ads/index';
import { bodyOf, siteAndApp } from '../support';
import { queued, recordingSink, teamEngine } from '../team-support';

const ctx = siteAndApp('each');
const site = () => ctx.site();
const app = () => ctx.app();
const PUBLISHER = { id: 'u-pub', name: 'publisher', role: 'publisher' as const };

/** A local article pushed to the site (draft there). */
async function synced(engine: ReturnType<typeof teamEngine>, headline = 'Rat beschließt Haushalt') {
  const a = await app().articles.create('de', 'Politik');
  await app().articles.save(a.id, a.rev, { headline, body: bodyOf('Eins', 'Zwei'), teaser: 'Kurz', author: 'Anna', source: 'dpa' });
  await engine.syncNow();
  expect(engine.statusOf(a.id)?.state).toBe('synced');
  return app().store.get(a.id);
}

/** The status change the workflow makes locally when a person takes an action (the op carries it to the site). */
const moveLocally = async (id: string, status: 'in_review' | 'approved') => app().store.replace({ ...(await app().store.get(id)), status });

describe('team ops against the reference site', () => {
  it('sends a status action as itself (no field write), takes the answer, and later edits merge without a false conflict', async () => {
    const requests: string[] = [];
    const { sink, calls } = recordingSink();
    const engine = teamEngine(app(), site().url, site().tokens.editor, { sink, requests });
    await engine.start();
    const a = await synced(engine);
    calls.taken.length = 0;
    await moveLocally(a.id, 'in_review');
    await engine.enqueueTeamOp(queued({ kind: 'action', articleId: a.id, request: { action: 'submit' } }));
    requests.length = 0;
    await engine.syncNow();
    expect(requests.filter((r) => r.startsWith('PUT'))).toEqual([]);
    expect(requests).toContain(`POST /articles/${a.id}/status`);
    const remote = (await site().api('GET', `/articles/${a.id}`)).body.article;
    expect(remote.status).toBe('in_review');
    const local = await app().store.get(a.id);
    expect(local.status).toBe('in_review');
    expect(local.statusHistory).toEqual(remote.statusHistory);
    expect(local.statusHistory.at(-1)).toMatchObject({ action: 'submit', actor: { name: 'editor', role: 'editor' } });
    expect(engine.teamOps()).toEqual([]);
    expect(engine.statusOf(a.id)).toEqual({ state: 'synced', reason: null });
    // The action's answer was taken: told to the sink with who made the change.
    expect(calls.taken.map((t) => t.by?.name)).toContain('editor');

    // Both sides edit after the action: a clean merge, not a conflict against our own action.
    await site().api('PUT', `/articles/${a.id}`, { baseRev: remote.rev, fields: { teaser: 'Von der Website' } });
    const now = await app().store.get(a.id);
    await app().articles.save(a.id, now.rev, { body: bodyOf('Eins', 'Zwei', 'Drei') });
    await engine.flush();
    await engine.syncNow();
    await engine.syncNow();
    expect(engine.conflictIds()).toEqual([]);
    const after = (await site().api('GET', `/articles/${a.id}`)).body.article;
    expect(after.teaser).toBe('Von der Website');
    expect(after.body.content).toHaveLength(3);
    expect(after.status).toBe('in_review');
    await engine.close();
  });

  it('holds the local status while its action waits: a site edit taken meanwhile keeps it', async () => {
    const { sink, calls } = recordingSink();
    const engine = teamEngine(app(), site().url, site().tokens.editor, { sink });
    await engine.start();
    const a = await synced(engine);
    const remote = (await site().api('GET', `/articles/${a.id}`)).body.article;
    await site().api('PUT', `/articles/${a.id}`, { baseRev: remote.rev, fields: { teaser: 'Neu von der Website' } });
    await moveLocally(a.id, 'in_review');
    await engine.enqueueTeamOp(queued({ kind: 'action', articleId: a.id, request: { action: 'submit' } }));
    await engine.syncNow();
    // The pull (before the op went) took the teaser but not the site's "draft".
    const pulled = calls.taken.find((t) => t.after.teaser === 'Neu von der Website');
    expect(pulled?.after.status).toBe('in_review');
    expect(pulled?.by?.name).toBe('site-editor');
    expect((await app().store.get(a.id)).status).toBe('in_review');
    expect((await site().api('GET', `/articles/${a.id}`)).body.article.status).toBe('in_review');
    await engine.close();
  });

  it('drops a refused action, takes the site’s state, and tells the person why in English and German', async () => {
    const { sink, calls } = recordingSink();
    const engine = teamEngine(app(), site().url, site().tokens.publisher, { sink });
    await engine.start();
    const a = await synced(engine);
    await moveLocally(a.id, 'approved');
    // Approving a draft: the site refuses (the article is not in review).
    const op = queued({ kind: 'action', articleId: a.id, request: { action: 'approve' } }, PUBLISHER);
    await engine.enqueueTeamOp(op);
    await engine.syncNow();
    expect(engine.teamOps()).toEqual([]);
    expect((await app().store.get(a.id)).status).toBe('draft');
    expect(calls.refused).toHaveLength(1);
    expect(calls.refused[0]!.op.id).toBe(op.id);
    expect(calls.refused[0]!.reason.de).toMatch(/Freigeben.*Entwurf.*nicht möglich/);
    expect(calls.refused[0]!.reason.en).toMatch(/Approve.*Draft/);
    expect(engine.statusOf(a.id)?.reason).toBe(calls.refused[0]!.reason.en);
    await engine.close();
  });

  it('never pushes fields for a reviewer account: the article stays as the site has it', async () => {
    const requests: string[] = [];
    const made = await site().api('POST', '/articles', { fields: { headline: 'Von der Website', body: bodyOf('Eins') } });
    const engine = teamEngine(app(), site().url, site().tokens.reviewer, { requests });
    await engine.start();
    await engine.syncNow();
    const id = made.body.article.id as string;
    const local = await app().store.get(id);
    await app().articles.save(id, local.rev, { teaser: 'Vom Prüfer' });
    await engine.flush();
    requests.length = 0;
    await engine.syncNow();
    expect(requests.filter((r) => r.startsWith('PUT') || r.startsWith('POST'))).toEqual([]);
    expect(engine.statusOf(id)?.state).toBe('synced');
    expect((await site().api('GET', `/articles/${id}`)).body.article.teaser).toBe('');
    await engine.close();
  });

  it('an idle round is one request', async () => {
    const requests: string[] = [];
    const engine = teamEngine(app(), site().url, site().tokens.editor, { requests });
    await engine.start();
    await synced(engine);
    await engine.syncNow();
    requests.length = 0;
    await engine.syncNow(false);
    await engine.syncNow(true);
    expect(requests).toEqual(['GET /changes', 'GET /changes']);
    await engine.close();
  });

  it('keeps team ops durably and in order while the site is down, and sends them once it is back', async () => {
    const slots = SAMPLE_SLOTS.slice(0, 2).map((s) => ({ ...s, id: `${s.id}-x`, name: `${s.name} X` }));
    const down = teamEngine(app(), 'http://127.0.0.1:9', site().tokens.publisher);
    await down.start();
    const ops = slots.map((doc) => queued({ kind: 'ad.put', adKind: 'slots', adId: doc.id, doc }, PUBLISHER));
    for (const op of ops) await down.enqueueTeamOp(op);
    expect(existsSync(path.join(app().dataDir, 'sync', 's1', 'team-outbox.json'))).toBe(true);
    await down.syncNow();
    expect(down.info().connection).toBe('offline');
    expect(down.teamOps().map((o) => o.id)).toEqual(ops.map((o) => o.id));
    await down.close();

    const back = teamEngine(app(), site().url, site().tokens.publisher);
    await back.start();
    expect(back.teamOps().map((o) => o.id)).toEqual(ops.map((o) => o.id));
    await back.syncNow();
    expect(back.teamOps()).toEqual([]);
    const onSite = (await site().api('GET', '/ads/slots')).body.items as Array<{ id: string }>;
    expect(onSite.map((s) => s.id)).toEqual(expect.arrayContaining(slots.map((s) => s.id)));
    await back.close();
  });

  it('sends a comment on a new article after its create, and hands the feed’s threads to the sink', async () => {
    const requests: string[] = [];
    const { sink, calls } = recordingSink();
    const engine = teamEngine(app(), site().url, site().tokens.editor, { sink, requests });
    await engine.start();
    const a = await app().articles.create('de', 'Politik');
    await app().articles.save(a.id, a.rev, { headline: 'Neu', body: bodyOf('Der Rat tagt.') });
    await engine.enqueueTeamOp(queued({ kind: 'comment.add', articleId: a.id, threadId: 'thread-1', anchor: { kind: 'body', from: 5, to: 8, quote: 'Rat' }, text: 'Quelle?' }));
    await engine.syncNow();
    const create = requests.indexOf('POST /articles');
    const comment = requests.indexOf(`POST /articles/${a.id}/comments`);
    expect(create).toBeGreaterThanOrEqual(0);
    expect(comment).toBeGreaterThan(create);
    await engine.syncNow();
    expect(calls.threads.map((t) => [t.articleId, t.thread.id, t.thread.author])).toContainEqual([a.id, 'thread-1', 'editor']);
    await engine.close();
  });

  it('follows a deletion on the site through the sink, and hands it the inventory and presence of the feed', async () => {
    const { sink, calls } = recordingSink();
    const engine = teamEngine(app(), site().url, site().tokens.editor, { sink });
    await engine.start();
    const a = await synced(engine);
    expect((await site().api('DELETE', `/articles/${a.id}`)).status).toBe(200);
    const slot = { ...SAMPLE_SLOTS[0]!, id: 'feed-slot', name: 'Aus dem Feed' };
    expect((await site().api('PUT', '/ads/slots/feed-slot', slot, site().tokens.publisher)).status).toBeLessThan(300);
    await engine.syncNow();
    expect(calls.deleted).toEqual([{ id: a.id, at: expect.any(String), by: 'site-editor' }]);
    expect(calls.ads).toContainEqual({ kind: 'slots', id: 'feed-slot', doc: expect.objectContaining({ name: 'Aus dem Feed' }) });
    // An edit here meanwhile (this sink keeps the article) waits: the site's copy is deleted.
    const local = await app().store.get(a.id);
    await app().articles.save(a.id, local.rev, { teaser: 'Während gelöscht' });
    await engine.flush();
    await engine.syncNow();
    expect((await site().api('GET', `/articles/${a.id}`)).body.article.teaser).toBe('Kurz');
    expect((await site().api('POST', `/articles/${a.id}/restore`)).status).toBe(200);
    expect((await site().api('PUT', `/articles/${a.id}/presence`, { editing: true })).status).toBe(200);
    await engine.syncNow();
    expect(calls.deleted.at(-1)).toMatchObject({ id: a.id, at: null });
    // Restored: the edit made meanwhile merges with the site's copy and goes out.
    await engine.syncNow();
    expect((await site().api('GET', `/articles/${a.id}`)).body.article.teaser).toBe('Während gelöscht');
    expect(calls.presence.at(-1)).toEqual([expect.objectContaining({ articleId: a.id, name: 'site-editor' })]);
    await engine.close();
  });

  it('takes the site’s history, pending update and corrections with the article', async () => {
    const engine = teamEngine(app(), site().url, site().tokens.publisher);
    await engine.start();
    const a = await synced(engine);
    for (const action of ['submit', 'approve', 'publish_now']) {
      const moved = await site().api('POST', `/articles/${a.id}/status`, { action }, site().tokens.publisher);
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    }
    const live = (await site().api('GET', `/articles/${a.id}`)).body.article;
    expect((await site().api('PUT', `/articles/${a.id}`, { baseRev: live.rev, fields: { teaser: 'Nachgebessert' } })).status).toBe(200);
    await engine.syncNow();
    let local = await app().store.get(a.id);
    let remote = (await site().api('GET', `/articles/${a.id}`)).body.article;
    expect(local.status).toBe('published');
    expect(local.pendingUpdate).toEqual(remote.pendingUpdate);
    expect(local.pendingUpdate).toMatchObject({ by: 'site-editor' });
    expect(local.statusHistory).toEqual(remote.statusHistory);
    expect(local.statusHistory.map((h) => h.action)).toEqual(['submit', 'approve', 'publish_now']);

    await engine.enqueueTeamOp(queued({ kind: 'action', articleId: a.id, request: { action: 'update_live', correction: 'Zahl korrigiert' } }, PUBLISHER));
    await engine.syncNow();
    local = await app().store.get(a.id);
    remote = (await site().api('GET', `/articles/${a.id}`)).body.article;
    expect(local.pendingUpdate ?? null).toBeNull();
    expect(local.corrections).toEqual([{ at: expect.any(String), note: 'Zahl korrigiert' }]);
    expect(local.corrections).toEqual(remote.corrections);
    expect(local.statusHistory).toEqual(remote.statusHistory);
    await engine.close();
  });

  it('keeps each article’s ops in their own lane: a comment on a blank new article waits for its headline, an ad edit behind it goes', async () => {
    const requests: string[] = [];
    const engine = teamEngine(app(), site().url, site().tokens.publisher, { requests });
    await engine.start();
    const blank = await app().articles.create('de', 'Politik');
    const comment = queued({ kind: 'comment.add', articleId: blank.id, threadId: 'thread-blank', anchor: { kind: 'field', field: 'headline' }, text: 'Titel fehlt' }, PUBLISHER);
    const doc = { ...SAMPLE_SLOTS[0]!, id: 'lane-slot', name: 'Spur' };
    const ad = queued({ kind: 'ad.put', adKind: 'slots', adId: doc.id, doc }, PUBLISHER);
    await engine.enqueueTeamOp(comment);
    await engine.enqueueTeamOp(ad);
    await engine.flush();
    await engine.syncNow();
    expect(engine.teamOps().map((o) => o.id)).toEqual([comment.id]);
    expect(requests).toContain('PUT /ads/slots/lane-slot');
    // Waiting is not polling: a background round before the next read of the feed sends nothing for it.
    requests.length = 0;
    await engine.syncNow(false);
    expect(requests).toEqual(['GET /changes']);

    const now = await app().store.get(blank.id);
    await app().articles.save(blank.id, now.rev, { headline: 'Jetzt mit Titel' });
    await engine.flush();
    await engine.syncNow();
    expect(engine.teamOps()).toEqual([]);
    const threads = (await site().api('GET', `/articles/${blank.id}/comments`)).body.threads as Array<{ id: string }>;
    expect(threads.map((t) => t.id)).toEqual(['thread-blank']);
    await engine.close();
  });
});
