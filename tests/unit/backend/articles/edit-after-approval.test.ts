import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANNA, PAUL, RITA, teamBackend } from '../team/fake-team';

const ctx = teamBackend();
beforeEach(() => ctx.setUp());
afterEach(() => ctx.tearDown());

const save = async (id: string, changes: Record<string, unknown>) => ctx.call<{ rev: number; status?: string }>('articles.save', { id, baseRev: (await ctx.get(id)).rev, changes });

describe('editing after approval', () => {
  it('moves an approved article back to review in the same write as the fields, by the account that edited', async () => {
    const a = await ctx.walkedTo('approved');
    ctx.as(ANNA);
    const saved = await save(a.id, { teaser: 'Neu gefasst.' });
    expect(saved.status).toBe('in_review');
    const after = await ctx.get(a.id);
    expect(after.rev).toBe(a.rev + 1);
    expect(after.teaser).toBe('Neu gefasst.');
    expect(after.statusHistory.at(-1)).toMatchObject({ action: 'return_to_review', from: 'approved', to: 'in_review', actor: { id: ANNA.id, name: 'Anna Editor' } });
  });

  it('keeps the schedule of a scheduled article but it is no longer scheduled', async () => {
    const a = await ctx.walkedTo('scheduled', '2030-01-01T08:00:00Z');
    ctx.as(ANNA);
    await save(a.id, { headline: 'Stadtwerke: neuer Eigentümer' });
    const after = await ctx.get(a.id);
    expect(after.status).toBe('in_review');
    expect(after.schedule).toEqual({ publishAt: '2030-01-01T08:00:00Z' });
    expect(after.statusHistory.at(-1)).toMatchObject({ action: 'return_to_review', from: 'scheduled' });
  });

  it('does not move the article for a save that changes nothing', async () => {
    const a = await ctx.walkedTo('approved');
    ctx.as(ANNA);
    await save(a.id, { teaser: a.teaser });
    expect((await ctx.get(a.id)).status).toBe('approved');
  });

  it('keeps a published article live with a pending update, which update_live clears with a dated correction', async () => {
    const a = await ctx.walkedTo('published');
    ctx.as(ANNA);
    const saved = await save(a.id, { teaser: 'Korrigierter Vorspann.' });
    expect(saved.status).toBe('published');
    const pending = await ctx.get(a.id);
    expect(pending.pendingUpdate).toEqual({ since: expect.any(String), by: 'Anna Editor' });
    await save(a.id, { teaser: 'Noch einmal korrigiert.' });
    expect((await ctx.get(a.id)).pendingUpdate).toEqual(pending.pendingUpdate);

    const refused = await ctx.raw('workflow.transition', { id: a.id, baseRev: (await ctx.get(a.id)).rev, action: 'update_live' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    ctx.as(PAUL);
    const live = await ctx.act(a.id, 'update_live', { correction: 'Im Vorspann stand ein falsches Datum.' });
    expect(live.status).toBe('published');
    expect(live.pendingUpdate).toBeNull();
    expect(live.corrections).toEqual([{ at: expect.any(String), note: 'Im Vorspann stand ein falsches Datum.' }]);
    expect(live.statusHistory.at(-1)).toMatchObject({ action: 'update_live', actor: { name: 'Paul Publisher' } });
    expect(ctx.team.state.ops.at(-1)!.op).toEqual({ kind: 'action', articleId: a.id, request: { action: 'update_live', correction: 'Im Vorspann stand ein falsches Datum.' } });
  });

  it('drops the pending update when the article is unpublished', async () => {
    const a = await ctx.walkedTo('published');
    ctx.as(ANNA);
    await save(a.id, { teaser: 'Noch nicht live.' });
    ctx.as(PAUL);
    const down = await ctx.act(a.id, 'unpublish');
    expect(down.status).toBe('unpublished');
    expect(down.pendingUpdate).toBeNull();
  });

  it('runs the checklist before update_live', async () => {
    const a = await ctx.walkedTo('published');
    ctx.as(ANNA);
    await save(a.id, { headline: '' });
    ctx.as(PAUL);
    const result = await ctx.raw('workflow.transition', { id: a.id, baseRev: (await ctx.get(a.id)).rev, action: 'update_live' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { workflowCode: 'CHECKLIST_FAILED' } } });
    expect((await ctx.get(a.id)).pendingUpdate).not.toBeNull();
  });

  it('refuses a reviewer’s change of the text while a site is connected, in both languages, and leaves the file alone', async () => {
    const a = await ctx.walkedTo('in_review');
    ctx.as(RITA);
    const file = path.join(ctx.dir, 'articles', `${a.id}.json`);
    const before = readFileSync(file, 'utf8');
    const result = await ctx.raw('articles.save', { id: a.id, baseRev: a.rev, changes: { headline: 'Anders' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { messageDe: expect.stringContaining('Prüfer') } } });
    expect(readFileSync(file, 'utf8')).toBe(before);
    // The editor's autosave of unchanged fields is no edit.
    expect(await ctx.call('articles.save', { id: a.id, baseRev: a.rev, changes: { headline: a.headline } })).toMatchObject({ rev: a.rev });
  });

  it('lets a reviewer profile edit when no site is connected', async () => {
    await ctx.call('settings.update', { profile: { name: 'Rita', role: 'reviewer' } });
    const a = await ctx.ready();
    expect((await save(a.id, { headline: 'Offline geändert' })).rev).toBe(a.rev + 1);
  });
});

describe('restoring an older revision is an edit too', () => {
  it('sends an approved article back to review, and is refused to a reviewer account', async () => {
    const a = await ctx.walkedTo('in_review');
    ctx.as(ANNA);
    const changed = await save(a.id, { teaser: 'Zweite Fassung.' });
    ctx.as(RITA);
    await ctx.act(a.id, 'approve');
    const first = (await ctx.call<Array<{ id: string; rev: number }>>('revisions.list', { id: a.id })).find((r) => r.rev < changed.rev)!;
    expect(await ctx.raw('revisions.restore', { id: a.id, revisionId: first.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    ctx.as(ANNA);
    const restored = await ctx.call<{ status: string; teaser: string; statusHistory: Array<{ action: string }> }>('revisions.restore', { id: a.id, revisionId: first.id });
    expect(restored.teaser).toBe(a.teaser);
    expect(restored.status).toBe('in_review');
    expect(restored.statusHistory.at(-1)!.action).toBe('return_to_review');
  });
});

describe('renaming a tag is an edit of every article carrying it', () => {
  it('sends an approved article carrying the tag back to review, and is refused to a reviewer account', async () => {
    const a = await ctx.walkedTo('approved');
    ctx.as(RITA);
    expect(await ctx.raw('tags.rename', { from: 'Energie', to: 'Energiewende' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    ctx.as(ANNA);
    expect(await ctx.call('tags.rename', { from: 'Energie', to: 'Energiewende' })).toEqual({ changed: 1 });
    const after = await ctx.get(a.id);
    expect(after.tags).toEqual(['Energiewende']);
    expect(after.statusHistory.at(-1)).toMatchObject({ action: 'return_to_review', actor: { name: 'Anna Editor' } });
  });
});
