import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../../core/workflow/roles';
import { createFileSecretBox } from '../../../../../backend/storage/key-file-box';
import { createSyncService } from '../../../../../backend/sync/sync-service';
import { addUser } from '../../../../../site/auth/users';
import { bodyOf, siteAndApp } from '../support';
import { recordingSink } from '../team-support';

const ctx = siteAndApp('each');

function service(role: { current: Role }, sink = recordingSink().sink) {
  const app = ctx.app();
  return createSyncService({ dataDir: app.dataDir, store: app.store, articles: app.articles, secretBox: createFileSecretBox(app.dataDir), profileRole: async () => role.current, team: sink, engineOptions: { tickMs: 0, debounceMs: 5 } });
}

describe('the team channel of the sync service', () => {
  it('acts as the site’s account (GET /me): its display name in sites.list and as team.account', async () => {
    const anna = await addUser(ctx.site().db.kysely, 'Anna Müller', 'publisher', new Date());
    const svc = await service({ current: 'editor' });
    expect(svc.team.account()).toBeNull();
    await svc.add({ kind: 'reference-site', url: ctx.site().url, token: anna.token, allowInsecureHttp: false });
    expect(svc.team.account()).toEqual({ id: anna.user.id, name: 'Anna Müller', role: 'publisher' });
    expect(await svc.list()).toEqual([expect.objectContaining({ user: 'Anna Müller', role: 'publisher' })]);
    await svc.close();
    // Kept in sites.json: known at the next start, before the site answers.
    const again = await service({ current: 'editor' });
    expect(again.team.account()?.name).toBe('Anna Müller');
    await again.close();
  });

  it('the built-in site acts as its demo account of the profile’s role, each named by the site', async () => {
    const role = { current: 'editor' as Role };
    const svc = await service(role);
    await svc.useEmbeddedSite({ url: ctx.site().url, tokens: ctx.site().tokens });
    // The test site's accounts are named after their roles.
    expect(svc.team.account()).toMatchObject({ name: 'editor', role: 'editor' });
    role.current = 'reviewer';
    expect(await svc.team.refresh()).toMatchObject({ name: 'reviewer', role: 'reviewer' });
    expect(await svc.list()).toEqual([expect.objectContaining({ builtIn: true, user: 'reviewer', role: 'reviewer' })]);
    await svc.close();
  });

  it('queues an op for every team site durably, sends it with the next round, and sends presence at once', async () => {
    const svc = await service({ current: 'editor' });
    await svc.useEmbeddedSite({ url: ctx.site().url, tokens: ctx.site().tokens });
    await svc.start();
    const a = await ctx.app().articles.create('de', 'Politik');
    await ctx.app().articles.save(a.id, a.rev, { headline: 'Anwesend', body: bodyOf('Eins') });
    await svc.syncNow();
    await svc.team.presence(a.id, true);
    const feed = (await ctx.site().api('GET', '/changes?cursor=0')).body;
    expect(feed.presence).toEqual([expect.objectContaining({ articleId: a.id, name: 'editor' })]);

    await svc.team.enqueue({ kind: 'comment.add', articleId: a.id, threadId: 'thread-ch', anchor: { kind: 'field', field: 'headline' }, text: 'Gut so' }, { id: 'u', name: 'editor', role: 'editor' });
    expect((await svc.list())[0]!.queued).toBe(1);
    await svc.syncNow();
    expect((await svc.list())[0]!.queued).toBe(0);
    const threads = (await ctx.site().api('GET', `/articles/${a.id}/comments`)).body;
    expect(JSON.stringify(threads)).toContain('thread-ch');
    await expect(svc.team.enqueue({ kind: 'comment.add', articleId: 'x', threadId: 'thread-y', anchor: { kind: 'field', field: 'headline' }, text: ' ' }, { id: 'u', name: 'e', role: 'editor' })).rejects.toThrow();
    await svc.close();
  });
});
