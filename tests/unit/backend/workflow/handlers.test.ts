import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../../core/article/article';
import type { Result } from '../../../../core/contract/result';
import { createBackend } from '../../../../backend/backend';
import type { Backend } from '../../../../backend/backend-types';
import { allowedActions, ruleFor, WORKFLOW_ACTIONS } from '../../../../core/workflow/actions';

let dir: string;
let backend: Backend;
let clock = Date.parse('2026-06-01T08:00:00Z');
const now = () => new Date(clock);

async function open() {
  backend = await createBackend({ dataDir: dir, host: 'web', version: '1', forcedLanguage: null, systemLanguage: 'de-DE', openExternal: async () => true, now });
}
async function raw(name: string, args: unknown = {}): Promise<Result<unknown>> {
  return backend.dispatch(name, args);
}
async function call<T>(name: string, args: unknown = {}): Promise<T> {
  const result = await raw(name, args);
  if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}
const as = (role: 'editor' | 'reviewer' | 'publisher', name = 'Anna Schmidt') => call('settings.update', { profile: { name, role } });
const get = (id: string) => call<Article>('articles.get', { id });
const act = async (id: string, action: string, extra: Record<string, unknown> = {}) =>
  call<Article>('workflow.transition', { id, baseRev: (await get(id)).rev, action, ...extra });

const READY = {
  headline: 'Stadtwerke wechseln den Eigentümer',
  teaser: 'Für Kunden ändert sich vorerst wenig.',
  author: 'Anna Schmidt',
  source: 'Pressemitteilung',
  tags: ['Energie'],
  noAds: true,
  body: {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Die Preise bleiben bis Jahresende stabil.' }] }],
  },
};

async function readyArticle(): Promise<Article> {
  const a = await call<Article>('articles.create', {});
  await call('articles.save', { id: a.id, baseRev: a.rev, changes: READY });
  return get(a.id);
}

beforeEach(async () => {
  clock = Date.parse('2026-06-01T08:00:00Z');
  dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-workflow-'));
  await open();
});
afterEach(async () => {
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('workflow.transition', () => {
  it('walks an article from draft to published and records every step with its actor', async () => {
    const a = await readyArticle();
    await as('editor');
    await act(a.id, 'submit');
    await as('reviewer', 'Rita Prüfer');
    await act(a.id, 'request_changes', { note: 'Bitte Quelle nennen.' });
    await as('editor');
    await act(a.id, 'submit');
    await as('reviewer', 'Rita Prüfer');
    await act(a.id, 'approve');
    await as('publisher', 'Paul Planer');
    const done = await act(a.id, 'publish_now');
    expect(done.status).toBe('published');
    expect(done.statusHistory.map((h) => [h.action, h.actor.name, h.actor.role])).toEqual([
      ['submit', 'Anna Schmidt', 'editor'],
      ['request_changes', 'Rita Prüfer', 'reviewer'],
      ['submit', 'Anna Schmidt', 'editor'],
      ['approve', 'Rita Prüfer', 'reviewer'],
      ['publish_now', 'Paul Planer', 'publisher'],
    ]);
    expect(done.statusHistory[1]!.note).toBe('Bitte Quelle nennen.');
  });

  it('refuses every move the role or status forbids and changes nothing on disk', async () => {
    const a = await readyArticle();
    const file = () => readFileSync(path.join(dir, 'articles', `${a.id}.json`), 'utf8');
    const refusals: Array<[string, string, string, string]> = [
      ['editor', 'draft', 'approve', 'FORBIDDEN'],
      ['editor', 'draft', 'publish_now', 'FORBIDDEN'],
      ['editor', 'draft', 'schedule', 'FORBIDDEN'],
      ['editor', 'draft', 'archive', 'FORBIDDEN'],
      ['reviewer', 'draft', 'publish_now', 'FORBIDDEN'],
      ['reviewer', 'draft', 'approve', 'CONFLICT'],
      ['publisher', 'draft', 'unpublish', 'CONFLICT'],
    ];
    for (const [role, , action, code] of refusals) {
      await as(role as 'editor');
      const before = file();
      const result = await raw('workflow.transition', { id: a.id, baseRev: (await get(a.id)).rev, action });
      expect(result.ok, `${role} ${action}`).toBe(false);
      if (!result.ok) expect(result.error.code, `${role} ${action}`).toBe(code);
      expect(file()).toBe(before);
    }
    expect((await get(a.id)).status).toBe('draft');
  });

  it('refuses every move the table does not allow, for every role and status, and leaves the file untouched', async () => {
    const paths: Record<string, Array<[string, string, Record<string, unknown>?]>> = {
      draft: [],
      in_review: [['editor', 'submit']],
      changes_requested: [['editor', 'submit'], ['reviewer', 'request_changes', { note: 'Bitte prüfen' }]],
      approved: [['editor', 'submit'], ['reviewer', 'approve']],
      scheduled: [['editor', 'submit'], ['reviewer', 'approve'], ['publisher', 'schedule', { schedule: { publishAt: '2026-07-01T08:00:00Z' } }]],
      published: [['editor', 'submit'], ['reviewer', 'approve'], ['publisher', 'publish_now']],
      unpublished: [['editor', 'submit'], ['reviewer', 'approve'], ['publisher', 'publish_now'], ['publisher', 'unpublish']],
      archived: [['publisher', 'archive']],
    };
    const people = WORKFLOW_ACTIONS.filter((a) => !a.startsWith('auto_'));
    let refused = 0;
    for (const [status, steps] of Object.entries(paths)) {
      const a = await readyArticle();
      for (const [role, action, extra] of steps) {
        await as(role as 'editor');
        await act(a.id, action, extra);
      }
      expect((await get(a.id)).status).toBe(status);
      const file = () => readFileSync(path.join(dir, 'articles', `${a.id}.json`), 'utf8');
      const before = file();
      for (const role of ['editor', 'reviewer', 'publisher'] as const) {
        await as(role);
        for (const action of people) {
          if (allowedActions(role, status as 'draft').includes(action)) continue;
          const result = await raw('workflow.transition', { id: a.id, baseRev: (await get(a.id)).rev, action, note: 'x', schedule: { publishAt: '2026-07-02T08:00:00Z' } });
          expect(result.ok, `${role} ${action} on ${status}`).toBe(false);
          if (!result.ok) expect(result.error.code, `${role} ${action} on ${status}`).toBe(ruleFor(action)!.roles.includes(role) ? 'CONFLICT' : 'FORBIDDEN');
          refused++;
        }
      }
      expect(file(), status).toBe(before);
    }
    expect(refused).toBeGreaterThan(200);
  });

  it('blocks approval while a required checklist item fails and lists the failures', async () => {
    const a = await call<Article>('articles.create', {});
    await as('editor');
    await act(a.id, 'submit');
    await as('reviewer');
    const result = await raw('workflow.transition', { id: a.id, baseRev: (await get(a.id)).rev, action: 'approve' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('CONFLICT');
    const details = result.error.details as { workflowCode: string; blocking: Array<{ id: string }> };
    expect(details.workflowCode).toBe('CHECKLIST_FAILED');
    expect(details.blocking.map((b) => b.id)).toEqual(expect.arrayContaining(['headline', 'teaser', 'author']));
    expect((await get(a.id)).status).toBe('in_review');
  });

  it('refuses request_changes without a note and a stale baseRev', async () => {
    const a = await readyArticle();
    await as('editor');
    await act(a.id, 'submit');
    await as('reviewer');
    const noNote = await raw('workflow.transition', { id: a.id, baseRev: (await get(a.id)).rev, action: 'request_changes' });
    expect(noNote.ok ? '' : noNote.error.code).toBe('INVALID_ARGUMENT');
    const stale = await raw('workflow.transition', { id: a.id, baseRev: 0, action: 'approve' });
    expect(stale.ok ? '' : stale.error.code).toBe('CONFLICT');
    expect((await get(a.id)).status).toBe('in_review');
  });
});

describe('workflow.checklist', () => {
  type Checklist = { items: Array<{ id: string; status: string }>; takenSlugs: string[] };
  it('says which of the stored and the draft slug another article holds, never every slug of the store', async () => {
    const first = await readyArticle();
    const second = await readyArticle();
    expect(second.slug, 'the service numbered the second slug').not.toBe(first.slug);
    const plain = await call<Checklist>('workflow.checklist', { id: second.id });
    expect(plain.takenSlugs).toEqual([]);
    expect(plain.items.find((i) => i.id === 'slug')?.status).toBe('pass');
    const typed = await call<Checklist>('workflow.checklist', { id: second.id, slug: first.slug });
    expect(typed.takenSlugs).toEqual([first.slug]);
    const own = await call<Checklist>('workflow.checklist', { id: first.id, slug: first.slug });
    expect(own.takenSlugs, 'its own slug is not taken').toEqual([]);
    const tooLong = await raw('workflow.checklist', { id: first.id, slug: 'x'.repeat(1001) });
    expect(tooLong.ok ? '' : tooLong.error.code).toBe('INVALID_ARGUMENT');
  });
});

describe('local scheduler', () => {
  async function scheduled(publishAt: string): Promise<Article> {
    const a = await readyArticle();
    await as('editor');
    await act(a.id, 'submit');
    await as('reviewer');
    await act(a.id, 'approve');
    await as('publisher');
    return act(a.id, 'schedule', { schedule: { publishAt } });
  }

  it('publishes when the clock passes the publish time, as the scheduler', async () => {
    const a = await scheduled('2026-06-01T08:03:00Z');
    expect(a.status).toBe('scheduled');
    clock = Date.parse('2026-06-01T08:03:01Z');
    await expect.poll(async () => (await get(a.id)).status, { timeout: 8000, interval: 200 }).toBe('published');
    const last = (await get(a.id)).statusHistory.at(-1)!;
    expect(last).toMatchObject({ action: 'auto_publish', actor: { role: 'system' } });
  });

  it('catches up after a restart on what became due while the app was closed', async () => {
    const a = await scheduled('2026-06-01T09:00:00Z');
    await backend.close();
    clock = Date.parse('2026-06-01T12:00:00Z');
    await open();
    await expect.poll(async () => (await get(a.id)).status, { timeout: 3000, interval: 100 }).toBe('published');
  });

  it('reschedules a scheduled article and shows it on the calendar with the campaign flights', async () => {
    const a = await scheduled('2026-06-02T10:00:00Z');
    const moved = await call<Article>('workflow.reschedule', { id: a.id, baseRev: a.rev, publishAt: '2026-06-03T07:30:00Z' });
    expect(moved.schedule?.publishAt).toBe('2026-06-03T07:30:00Z');
    const cal = await call<{ articles: Array<{ id: string; at: string; kind: string }>; flights: unknown[] }>('calendar.entries', {
      from: '2026-06-01T00:00:00Z',
      to: '2026-07-01T00:00:00Z',
    });
    expect(cal.articles).toEqual([expect.objectContaining({ id: a.id, kind: 'publish', at: '2026-06-03T07:30:00.000Z' })]);
    expect(cal.flights.length).toBeGreaterThan(0);
  });
});

describe('revisions and comments', () => {
  it('keeps a revision per status change and after a pause, diffs words and restores as a new revision', async () => {
    const a = await readyArticle();
    await as('editor');
    await act(a.id, 'submit');
    await as('reviewer');
    await act(a.id, 'request_changes', { note: 'Zahl prüfen' });
    clock += 5_000;
    const cur = await get(a.id);
    await call('articles.save', { id: a.id, baseRev: cur.rev, changes: { headline: 'Stadtwerke wechseln endlich den Eigentümer' } });
    clock += 1_000;
    const cur2 = await get(a.id);
    // Within 30 s of the last revision: no new pause revision.
    await call('articles.save', { id: a.id, baseRev: cur2.rev, changes: { teaser: 'Für Kunden ändert sich nichts.' } });
    await as('editor');
    await act(a.id, 'submit');
    const list = await call<Array<{ id: string; reason: string }>>('revisions.list', { id: a.id });
    expect(list.map((r) => r.reason).filter((r) => r === 'status')).toHaveLength(3);
    const [latest, , previousStatus] = list;
    const diff = await call<Array<{ field: string; changed: boolean; parts: Array<{ op: string; text: string }> }>>('revisions.diff', {
      id: a.id,
      from: previousStatus!.id,
      to: latest!.id,
    });
    const changed = diff.filter((d) => d.changed);
    // The slug follows the headline.
    expect(changed.map((d) => d.field)).toEqual(['headline', 'teaser', 'slug']);
    expect(changed[0]!.parts.filter((p) => p.op !== 'equal')).toEqual([{ op: 'insert', text: 'endlich ' }]);

    const restored = await call<Article>('revisions.restore', { id: a.id, revisionId: previousStatus!.id });
    expect(restored.headline).toBe(READY.headline);
    expect(restored.status).toBe('in_review');
    const after = await call<Array<{ reason: string; restoredFrom?: string }>>('revisions.list', { id: a.id });
    expect(after[0]).toMatchObject({ reason: 'restore', restoredFrom: previousStatus!.id });
  });

  it('keeps a pause revision when a changed save comes 30 s after the last one', async () => {
    const a = await readyArticle();
    await expect.poll(async () => (await call<unknown[]>('revisions.list', { id: a.id })).length).toBeGreaterThan(0);
    const before = (await call<unknown[]>('revisions.list', { id: a.id })).length;
    clock += 31_000;
    await call('articles.save', { id: a.id, baseRev: (await get(a.id)).rev, changes: { teaser: 'Neu.' } });
    await expect.poll(async () => (await call<unknown[]>('revisions.list', { id: a.id })).length).toBe(before + 1);
  });

  it('persists threads, replies, resolve and reopen and remapped anchors across a restart', async () => {
    const a = await readyArticle();
    await as('reviewer', 'Rita Prüfer');
    const t = await call<{ id: string }>('comments.add', { id: a.id, anchor: { kind: 'body', from: 5, to: 11, quote: 'Preise' }, text: 'Quelle?' });
    await call('comments.add', { id: a.id, anchor: { kind: 'field', field: 'headline' }, text: 'Zu lang' });
    await call('comments.reply', { id: a.id, threadId: t.id, text: 'Steht in der PM.' });
    await call('comments.resolve', { id: a.id, threadId: t.id });
    await call('comments.remapAnchors', { id: a.id, anchors: [{ threadId: t.id, anchor: { kind: 'body', from: 9, to: 15, quote: 'Preise' } }] });
    const empty = await raw('comments.add', { id: a.id, anchor: { kind: 'body', from: 5, to: 5, quote: '' }, text: 'x' });
    expect(empty.ok ? '' : empty.error.code).toBe('INVALID_ARGUMENT');
    await backend.close();
    await open();
    const threads = await call<Array<{ id: string; text: string; resolved: unknown; replies: unknown[]; anchor: { from?: number } }>>('comments.list', { id: a.id });
    expect(threads).toHaveLength(2);
    expect(threads[0]).toMatchObject({ text: 'Quelle?', replies: [expect.objectContaining({ text: 'Steht in der PM.', author: 'Rita Prüfer' })], anchor: { from: 9, to: 15 } });
    expect(threads[0]!.resolved).not.toBeNull();
    await call('comments.reopen', { id: a.id, threadId: t.id });
    expect((await call<Array<{ resolved: unknown }>>('comments.list', { id: a.id }))[0]!.resolved).toBeNull();
  });
});

describe('queues', () => {
  it('lists articles in review oldest first and the profile’s own drafts', async () => {
    await as('editor', 'Anna Schmidt');
    const first = await readyArticle();
    const second = await readyArticle();
    const mine = await readyArticle();
    await act(second.id, 'submit');
    clock += 60_000;
    await act(first.id, 'submit');
    const q = await call<{ review: Array<{ id: string }>; myDrafts: Array<{ id: string }> }>('workflow.queues');
    expect(q.review.map((r) => r.id)).toEqual([second.id, first.id]);
    expect(q.myDrafts.map((r) => r.id)).toEqual([mine.id]);
  });
});
