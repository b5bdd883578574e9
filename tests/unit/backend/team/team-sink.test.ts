import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_AD_CONFIG } from '../../../../core/ads/samples';
import type { Article } from '../../../../core/article/article';
import type { CommentThread } from '../../../../core/comments/thread';
import type { StatusHistoryEntry } from '../../../../core/workflow/history';
import { createAdConfigService } from '../../../../backend/ads/ad-config-service';
import { createArticleService } from '../../../../backend/articles/article-service';
import { createSearchIndex } from '../../../../backend/articles/search-index';
import { createArticleStore } from '../../../../backend/articles/store/json-article-store';
import { createTrash } from '../../../../backend/articles/trash';
import { createActingActor } from '../../../../backend/team/acting-actor';
import { createInboxStore } from '../../../../backend/team/inbox-store';
import { createPresenceBoard } from '../../../../backend/team/presence-board';
import { createTeamSink } from '../../../../backend/team/team-sink';
import { createCommentStore } from '../../../../backend/workflow/comment-store';
import { createRevisionStore } from '../../../../backend/workflow/revision-store';
import { ANNA, fakeTeam, PAUL, RITA } from './fake-team';

let dir: string;
const now = () => new Date('2026-06-01T08:00:00Z');

async function setUp() {
  const store = createArticleStore({ dataDir: dir, now });
  await store.open();
  const articles = createArticleService(store, createSearchIndex());
  const team = fakeTeam(ANNA);
  const settings = { get: async () => ({ uiLanguage: 'system' as const, siteTimeZone: 'Europe/Berlin', defaultLanguage: 'de' as const, profile: { name: '', role: 'editor' as const } }) };
  const deps = {
    store,
    comments: createCommentStore(dir, now),
    revisions: createRevisionStore(dir, now),
    adConfig: await createAdConfigService(dir),
    trash: await createTrash(dir, articles, (id) => store.list().find((s) => s.id === id)?.headline ?? '', now),
    inbox: await createInboxStore(dir),
    actor: createActingActor(team.channel, settings),
    now,
  };
  const presence = createPresenceBoard();
  return { ...deps, articles, team, presence, sink: createTeamSink(deps, presence) };
}
let t: Awaited<ReturnType<typeof setUp>>;
beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-sink-'));
  t = await setUp();
});
afterEach(async () => {
  await t.store.close();
  rmSync(dir, { recursive: true, force: true });
});

const entry = (action: StatusHistoryEntry['action'], from: Article['status'], to: Article['status'], who: { id: string; name: string; role: 'editor' | 'reviewer' | 'publisher' | 'system' }, at: string): StatusHistoryEntry => ({ action, from, to, actor: who, at });
const thread = (id: string, author: string, replies: CommentThread['replies'] = []): CommentThread => ({
  id,
  anchor: { kind: 'field', field: 'headline' },
  author,
  createdAt: '2026-06-01T07:00:00.000Z',
  text: `Kommentar von ${author}`,
  replies,
  resolved: null,
});

/** An article Anna submitted here. */
async function annasArticle(): Promise<Article> {
  const a = await t.articles.create('de');
  const saved = await t.articles.save(a.id, a.rev, { headline: 'Hafen wächst' });
  await t.revisions.record(saved, 'pause', 'Anna Editor');
  return t.store.replace({ ...saved, status: 'in_review', statusHistory: [entry('submit', 'draft', 'in_review', ANNA, '2026-06-01T07:00:00.000Z')] });
}

describe('team sink', () => {
  it('takes a site version: the revision names who made it, and others’ status changes reach the inbox of someone involved', async () => {
    const before = await annasArticle();
    const after = await t.store.replace({
      ...before,
      teaser: 'Vom Prüfer gesehen',
      status: 'changes_requested',
      statusHistory: [...before.statusHistory, entry('request_changes', 'in_review', 'changes_requested', RITA, '2026-06-01T07:30:00.000Z')],
    });
    await t.sink.articleTaken('s', before, after, { id: RITA.id, name: RITA.name });
    const kept = await t.revisions.list(after.id);
    expect(kept.find((r) => r.rev === after.rev)?.author).toBe('Rita Review');
    const inbox = await t.inbox.list();
    expect(inbox.items.map((i) => [i.kind, i.actorName])).toEqual([['status', 'Rita Review']]);
    expect(inbox.items[0]!.text.de).toContain('fordert Änderungen an');
    // The same version again is no news.
    await t.sink.articleTaken('s', before, after, { id: RITA.id, name: RITA.name });
    expect((await t.inbox.list()).items).toHaveLength(1);
  });

  it('tells nobody of their own moves, nor of articles they never touched, and holds go to publishers', async () => {
    const mine = await annasArticle();
    const own = { ...mine, statusHistory: [...mine.statusHistory, entry('withdraw', 'in_review', 'draft', ANNA, '2026-06-01T07:40:00.000Z')] };
    await t.sink.articleTaken('s', mine, own, null);
    const other = await t.articles.create('de');
    const held = { ...other, statusHistory: [entry('auto_hold', 'scheduled', 'approved', { id: 'system', name: 'Scheduler', role: 'system' }, '2026-06-01T07:50:00.000Z')] };
    await t.sink.articleTaken('s', other, held, null);
    expect((await t.inbox.list()).items).toEqual([]);
    t.team.state.account = PAUL;
    await t.sink.articleTaken('s', other, held, null);
    expect((await t.inbox.list()).items.map((i) => i.kind)).toEqual(['held']);
  });

  it('merges threads: the site wins for what it has, unsent local replies stay, new comments by others notify', async () => {
    const a = await annasArticle();
    const local = await t.comments.add(a.id, { kind: 'field', field: 'teaser' }, 'Anna Editor', 'Noch nicht gesendet');
    const withReply = await t.comments.reply(a.id, local.id, 'Anna Editor', 'Meine Antwort, noch lokal');
    const siteCopy: CommentThread = { ...local, replies: [{ id: 'reply-from-rita', author: 'Rita Review', createdAt: '2026-06-01T07:59:00.000Z', text: 'Gesehen' }], resolved: { by: 'Rita Review', at: '2026-06-01T07:59:30.000Z' } };
    await t.sink.applyThreads('s', [
      { articleId: a.id, thread: siteCopy },
      { articleId: a.id, thread: thread('thread-of-rita', 'Rita Review') },
    ]);
    const threads = await t.comments.list(a.id);
    expect(threads.map((x) => x.id).sort()).toEqual([local.id, 'thread-of-rita'].sort());
    const merged = threads.find((x) => x.id === local.id)!;
    expect(merged.resolved).toEqual(siteCopy.resolved);
    expect(merged.replies.map((r) => r.id).sort()).toEqual(['reply-from-rita', withReply.replies[0]!.id].sort());
    expect((await t.inbox.list()).items.map((i) => i.kind).sort()).toEqual(['comment', 'reply']);
  });

  it('takes old threads in without calling them news (a new machine’s first round)', async () => {
    const a = await annasArticle();
    await t.comments.add(a.id, { kind: 'field', field: 'teaser' }, 'Anna Editor', 'Meins');
    await t.sink.applyThreads('s', [{ articleId: a.id, thread: { ...thread('thread-of-may', 'Rita Review'), createdAt: '2026-05-01T07:00:00.000Z' } }]);
    expect((await t.comments.list(a.id)).map((x) => x.id)).toContain('thread-of-may');
    expect((await t.inbox.list()).items).toEqual([]);
  });

  it('replaces the inventory with the site’s documents and skips a bad one without failing', async () => {
    const slot = SAMPLE_AD_CONFIG.slots[0]!;
    const gone = SAMPLE_AD_CONFIG.campaigns[0]!;
    await t.sink.applyAds('s', [
      { kind: 'slots', id: slot.id, doc: { ...slot, name: 'Vom Server' } },
      { kind: 'campaigns', id: gone.id, doc: null },
      { kind: 'slots', id: 'kaputt', doc: { id: 'kaputt', sizes: 'nein' } },
      { kind: 'settings', id: 'default', doc: { ...SAMPLE_AD_CONFIG.settings, maxAdsPer1000Words: 7 } },
    ]);
    const config = await t.adConfig.get();
    expect(config.slots.find((s) => s.id === slot.id)!.name).toBe('Vom Server');
    expect(config.slots.some((s) => s.id === 'kaputt')).toBe(false);
    expect(config.campaigns.some((c) => c.id === gone.id)).toBe(false);
    expect(config.settings.maxAdsPer1000Words).toBe(7);
  });

  it('keeps presence of others that has not expired', async () => {
    const a = await annasArticle();
    t.sink.applyPresence('s', [
      { articleId: a.id, userId: ANNA.id, name: ANNA.name, until: '2026-06-01T08:01:00.000Z' },
      { articleId: a.id, userId: RITA.id, name: RITA.name, until: '2026-06-01T08:01:00.000Z' },
      { articleId: a.id, userId: PAUL.id, name: PAUL.name, until: '2026-06-01T07:59:00.000Z' },
    ]);
    expect(t.presence.editors(a.id, await t.actor.current(), now())).toEqual([{ name: 'Rita Review', until: '2026-06-01T08:01:00.000Z' }]);
  });

  it('moves an article the site deleted to the trash and back when restored', async () => {
    const a = await annasArticle();
    await t.sink.articleDeleted('s', a.id, '2026-06-01T07:55:00.000Z', { id: RITA.id, name: RITA.name });
    expect(t.store.list().some((s) => s.id === a.id)).toBe(false);
    expect(t.trash.list()).toEqual([{ id: a.id, headline: 'Hafen wächst', deletedAt: '2026-06-01T07:55:00.000Z', deletedBy: 'Rita Review' }]);
    expect((await t.inbox.list()).items.map((i) => [i.kind, i.actorName, i.text.en])).toEqual([['deleted', 'Rita Review', 'Rita Review deleted "Hafen wächst" (it can be restored from the trash).']]);
    await t.sink.articleDeleted('s', a.id, null);
    expect((await t.store.get(a.id)).headline).toBe('Hafen wächst');
  });

  it('turns a refused op into an inbox item with the reason in both languages', async () => {
    const a = await annasArticle();
    await t.sink.opRefused('s', { id: 'op-123456', op: { kind: 'action', articleId: a.id, request: { action: 'approve' } }, createdAt: now().toISOString(), by: ANNA }, { en: 'Someone moved it first.', de: 'Jemand war schneller.' });
    await t.sink.opRefused('s', { id: 'op-654321', op: { kind: 'ad.delete', adKind: 'slots', adId: 'top' }, createdAt: now().toISOString(), by: ANNA }, { en: 'No.', de: 'Nein.' });
    const items = (await t.inbox.list()).items;
    expect(items.map((i) => [i.kind, i.articleId, i.text.de])).toEqual([
      ['refused', a.id, 'Jemand war schneller.'],
      ['refused', 'ad-inventory', 'Nein.'],
    ]);
  });
});

describe('comment anchors from elsewhere', () => {
  const body = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }) as Article['body'];

  it('places an arriving thread by its quote in the body here, and marks it detached when the quote is gone', async () => {
    const a = await annasArticle();
    const here = await t.store.replace({ ...a, body: body('Vorweg ein Satz. Der Hafen wächst.') });
    const quoted = (id: string, quote: string): CommentThread => ({ ...thread(id, 'Rita Review'), anchor: { kind: 'body', from: 1, to: 1 + quote.length, quote } });
    await t.sink.applyThreads('s', [
      { articleId: here.id, thread: quoted('thread-found', 'Hafen') },
      { articleId: here.id, thread: quoted('thread-gone', 'Flughafen') },
    ]);
    const [found, gone] = ['thread-found', 'thread-gone'].map((id) => (async () => (await t.comments.list(here.id)).find((x) => x.id === id)!.anchor)());
    expect(await found).toEqual({ kind: 'body', from: 22, to: 27, quote: 'Hafen' });
    expect(await gone).toMatchObject({ kind: 'body', orphaned: true, quote: 'Flughafen' });
  });

  it('moves local anchors when a taken version changed the body', async () => {
    const a = await t.store.replace({ ...(await annasArticle()), body: body('Der Hafen wächst.') });
    const local = await t.comments.add(a.id, { kind: 'body', from: 5, to: 10, quote: 'Hafen' }, 'Anna Editor', 'Welcher?');
    const after = await t.store.replace({ ...a, body: body('Neu: Der Hafen wächst.') });
    await t.sink.articleTaken('s', a, after, { id: RITA.id, name: RITA.name });
    expect((await t.comments.list(a.id)).find((x) => x.id === local.id)!.anchor).toEqual({ kind: 'body', from: 10, to: 15, quote: 'Hafen' });
  });
});
