import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../../core/article/article';
import { catchUpPlan } from '../../../../../backend/sync/engine/team-catch-up';
import { bodyOf, siteAndApp } from '../support';
import { recordingSink, teamEngine } from '../team-support';

const ctx = siteAndApp('each');
const site = () => ctx.site();
const app = () => ctx.app();

/**
 * An article written and moved on in the app while no site was connected (what the workflow
 * does locally: the status and schedule, with its own history entry), complete for the checklist.
 */
async function writtenOffline(status: Article['status'], schedule: Article['schedule'] = null): Promise<Article> {
  const a = await app().articles.create('de', 'Politik');
  const saved = await app().articles.save(a.id, a.rev, { headline: 'Rat beschließt Haushalt', body: bodyOf('Eins', 'Zwei'), teaser: 'Kurz', author: 'Anna', source: 'dpa' });
  const entry = { action: 'publish_now' as const, from: 'approved' as const, to: status, actor: { name: 'Chefin', role: 'publisher' as const }, at: new Date().toISOString() };
  return app().store.replace({ ...saved, status, schedule, statusHistory: [entry] });
}

const onSite = async (id: string) => (await site().api('GET', `/articles/${id}`)).body.article;

describe('an article that first reaches a team site beyond draft', () => {
  it('plans the shortest path the role may take, else the part it can and where it stops', () => {
    expect(catchUpPlan('draft', 'published', 'publisher')).toEqual({ actions: ['submit', 'approve', 'publish_now'], blockedAt: null });
    expect(catchUpPlan('draft', 'scheduled', 'publisher')).toEqual({ actions: ['submit', 'approve', 'schedule'], blockedAt: null });
    expect(catchUpPlan('draft', 'approved', 'editor')).toEqual({ actions: ['submit'], blockedAt: 'approve' });
    expect(catchUpPlan('draft', 'in_review', 'editor')).toEqual({ actions: ['submit'], blockedAt: null });
    expect(catchUpPlan('draft', 'draft', 'editor')).toEqual({ actions: [], blockedAt: null });
  });

  it('a locally published article is published on the site after one sync, by the account, without the local status going back meanwhile', async () => {
    const requests: string[] = [];
    const { sink, calls } = recordingSink();
    const engine = teamEngine(app(), site().url, site().tokens.publisher, { sink, requests });
    await engine.start();
    const a = await writtenOffline('published');
    await engine.syncNow();
    const remote = await onSite(a.id);
    expect(remote.status).toBe('published');
    expect(remote.statusHistory.map((h: { action: string }) => h.action)).toEqual(['submit', 'approve', 'publish_now']);
    expect(remote.statusHistory.every((h: { actor: { name: string } }) => h.actor.name === 'publisher')).toBe(true);
    // Fields first (the create), then the actions in order.
    const posts = requests.filter((r) => r.startsWith('POST'));
    expect(posts).toEqual(['POST /articles', ...Array(3).fill(`POST /articles/${a.id}/status`)]);
    // Never taken back to the site's draft while the actions waited.
    expect(calls.taken.map((t) => t.after.status)).not.toContain('draft');
    const local = await app().store.get(a.id);
    expect(local.status).toBe('published');
    expect(local.statusHistory).toEqual(remote.statusHistory);
    expect(engine.teamOps()).toEqual([]);
    expect(engine.statusOf(a.id)).toEqual({ state: 'synced', reason: null });
    expect(calls.refused).toEqual([]);
    expect((await fetch(`${site().url}/artikel/${remote.slug}`)).status).toBe(200);
    await engine.close();
  });

  it('a locally scheduled article is scheduled on the site with its time', async () => {
    const engine = teamEngine(app(), site().url, site().tokens.publisher);
    await engine.start();
    const publishAt = new Date(Date.now() + 2 * 3600_000).toISOString();
    const a = await writtenOffline('scheduled', { publishAt });
    await engine.syncNow();
    const remote = await onSite(a.id);
    expect(remote.status).toBe('scheduled');
    expect(Date.parse(remote.schedule.publishAt)).toBe(Date.parse(publishAt));
    const local = await app().store.get(a.id);
    expect(local.status).toBe('scheduled');
    expect(Date.parse(local.schedule!.publishAt!)).toBe(Date.parse(publishAt));
    expect(engine.teamOps()).toEqual([]);
    await engine.close();
  });

  it('a schedule whose time passed before the site was connected is published at once', async () => {
    const engine = teamEngine(app(), site().url, site().tokens.publisher);
    await engine.start();
    const a = await writtenOffline('scheduled', { publishAt: new Date(Date.now() - 3600_000).toISOString() });
    await engine.syncNow();
    expect((await onSite(a.id)).status).toBe('published');
    expect((await app().store.get(a.id)).status).toBe('published');
    await engine.close();
  });

  it('an editor’s approved article goes as far as the role allows, the app takes the site’s state, and the person is told why', async () => {
    const { sink, calls } = recordingSink();
    const engine = teamEngine(app(), site().url, site().tokens.editor, { sink });
    await engine.start();
    const a = await writtenOffline('approved');
    await engine.syncNow();
    const remote = await onSite(a.id);
    expect(remote.status).toBe('in_review');
    expect(remote.statusHistory.map((h: { action: string }) => h.action)).toEqual(['submit']);
    expect((await app().store.get(a.id)).status).toBe('in_review');
    expect(engine.teamOps()).toEqual([]);
    expect(calls.refused).toHaveLength(1);
    expect(calls.refused[0]!.op.op).toMatchObject({ kind: 'action', articleId: a.id, request: { action: 'approve' } });
    expect(calls.refused[0]!.op.by).toMatchObject({ name: 'editor', role: 'editor' });
    expect(calls.refused[0]!.reason).toEqual({
      en: 'Your account on the site (Editor) cannot move it to Approved; it is In review there.',
      de: 'Ihr Konto auf der Website (Redakteur) kann den Artikel nicht auf „Freigegeben“ setzen; dort ist er „In Prüfung“.',
    });
    expect(engine.statusOf(a.id)?.reason).toBe(calls.refused[0]!.reason.en);
    // Told once: later rounds say nothing more.
    await engine.syncNow();
    expect(calls.refused).toHaveLength(1);
    await engine.close();
  });
});
