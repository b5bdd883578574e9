import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_SLOTS } from '../../../../../core/ads/index';
import type { Article } from '../../../../../core/article/article';
import { runChecklist } from '../../../../../core/checklist/index';
import type { CommentThread } from '../../../../../core/comments/thread';
import { TRANSITIONS } from '../../../../../core/workflow/actions';
import type { Actor } from '../../../../../core/workflow/roles';
import { applyTransition } from '../../../../../core/workflow/transition';
import type { SyncEngine } from '../../../../../backend/sync/engine/sync-engine';
import { seededRandom, startFaultProxy, type FaultProxy } from './fault-proxy';
import { bodyOf, openTestApp, para, startTestSite, textsOf, type TestApp, type TestSite } from '../support';
import { queued, recordingSink, teamEngine } from '../team-support';

const SEED = Number(process.env.COPYDESK_FAULT_SEED ?? 20261202);
const OPS = 160;
const ARTICLES = 4;
/** Per request; a short one (COPYDESK_FAULT_TIMEOUT_MS=30) makes the proxy's delays lose answers the site applied. */
const TIMEOUT_MS = Number(process.env.COPYDESK_FAULT_TIMEOUT_MS ?? 2000);
/** The actions the run takes (publishing would freeze the blocks behind a pending update). */
const ACTIONS = ['submit', 'withdraw', 'request_changes', 'approve', 'reopen'] as const;
type RunAction = (typeof ACTIONS)[number];

let site: TestSite;
let proxy: FaultProxy;
const apps: TestApp[] = [];
beforeAll(async () => {
  site = await startTestSite();
  proxy = await startFaultProxy(site.url, SEED, 0.3);
  for (let i = 0; i < 3; i++) apps.push(await openTestApp());
});
afterAll(async () => {
  await proxy.close();
  for (const app of apps) await app.close();
  await site.close();
});

/** One person at one machine: the app, its engine, its sink, its account. */
interface Desk {
  app: TestApp;
  engine: SyncEngine;
  calls: ReturnType<typeof recordingSink>['calls'];
  actor: Actor;
  /** The body slot only this person writes. */
  slot: number;
}

describe('the team through a faulty network (seeded, three apps at once)', () => {
  it(`keeps three apps and the site in agreement through ${OPS} random actions, comments, replies, ad edits and edits`, { timeout: 180_000 }, async () => {
    const random = seededRandom(SEED);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const people: Array<[string, Actor]> = [
      [site.tokens.editor, { id: 'e', name: 'editor', role: 'editor' }],
      [site.tokens.publisher, { id: 'p', name: 'publisher', role: 'publisher' }],
      [site.tokens.other, { id: 'o', name: 'site-editor', role: 'editor' }],
    ];
    const desks: Desk[] = people.map(([token, actor], i) => {
      const { sink, calls } = recordingSink();
      return { app: apps[i]!, engine: teamEngine(apps[i]!, proxy.url, token, { sink, dir: `desk-${i}`, timeoutMs: TIMEOUT_MS }), calls, actor, slot: i };
    });
    for (const d of desks) await d.engine.start();

    // The articles start on the first desk, ready for review (the checklist passes), and reach every desk.
    const expectedSlots = new Map<string, string[]>();
    for (let n = 0; n < ARTICLES; n++) {
      const a = await desks[0]!.app.articles.create('de', 'Politik');
      await desks[0]!.app.articles.save(a.id, a.rev, { headline: `Thema ${n}`, teaser: 'Kurz gesagt', author: 'Anna', source: 'dpa', tags: ['Politik'], body: bodyOf('s0', 's1', 's2') });
      expectedSlots.set(a.id, ['s0', 's1', 's2']);
    }
    const syncAll = async (force: boolean) => {
      for (const d of desks) {
        await d.engine.flush();
        await d.engine.syncNow(force);
      }
    };
    proxy.setFaultRate(0);
    for (let i = 0; i < 3; i++) await syncAll(true);
    for (const d of desks) expect(d.app.store.list()).toHaveLength(ARTICLES);
    proxy.setFaultRate(0.3);

    const threads = new Map<string, { articleId: string; replies: string[] }>();
    const slotNames = new Map<string, string>();
    const counts = { actions: 0, comments: 0, replies: 0, ads: 0, edits: 0, syncs: 0 };
    let downUntil = -1;
    for (let op = 0; op < OPS; op++) {
      if (op === downUntil) proxy.setDown(false);
      const d = pick(desks);
      const roll = random();
      const ids = d.app.store.list().map((s) => s.id);
      if (roll < 0.22) {
        // An action the person may take now (the workflow checks it here first, as the back end does).
        const local: Article = await d.app.store.get(pick(ids));
        const candidates = TRANSITIONS.filter((r) => !r.implicit && r.from.includes(local.status) && r.roles.includes(d.actor.role as never) && (ACTIONS as readonly string[]).includes(r.action));
        if (!candidates.length) continue;
        const action = pick(candidates).action as RunAction;
        const note = action === 'request_changes' ? `Bitte prüfen (${op})` : undefined;
        const done = applyTransition({ status: local.status, schedule: local.schedule ?? undefined }, action, d.actor, new Date(), { note, checklist: runChecklist(local, { otherSlugs: new Set() }) });
        if (!done.ok) continue;
        await d.app.store.replace({ ...local, status: done.next.status, statusHistory: [...local.statusHistory, done.historyEntry] });
        await d.engine.enqueueTeamOp(queued({ kind: 'action', articleId: local.id, request: { action, ...(note ? { note } : {}) } }, d.actor));
        counts.actions++;
      } else if (roll < 0.4) {
        const threadId = `thread-${op}-${d.slot}`;
        const articleId = pick(ids);
        await d.engine.enqueueTeamOp(queued({ kind: 'comment.add', articleId, threadId, anchor: { kind: 'field', field: 'headline' }, text: `Frage ${op}` }, d.actor));
        threads.set(threadId, { articleId, replies: [] });
        counts.comments++;
      } else if (roll < 0.52 && threads.size) {
        // A reply to a thread this desk has heard of (its own, or one the feed brought).
        const known = [...threads].filter(([id, t]) => id.endsWith(`-${d.slot}`) || d.calls.threads.some((s) => s.thread.id === id && s.articleId === t.articleId));
        if (!known.length) continue;
        const [threadId, t] = pick(known);
        const replyId = `reply-${op}-${d.slot}`;
        await d.engine.enqueueTeamOp(queued({ kind: 'comment.reply', articleId: t.articleId, threadId, replyId, text: `Antwort ${op}` }, d.actor));
        t.replies.push(replyId);
        counts.replies++;
      } else if (roll < 0.62 && d.actor.role === 'publisher') {
        const base = pick(SAMPLE_SLOTS.slice(0, 3));
        const doc = { ...base, id: `${base.id}-f`, name: `Platz ${op}` };
        await d.engine.enqueueTeamOp(queued({ kind: 'ad.put', adKind: 'slots', adId: doc.id, doc }, d.actor));
        slotNames.set(doc.id, doc.name);
        counts.ads++;
      } else if (roll < 0.84) {
        // An edit of this person's own block (the site moves an approved article back to review).
        const id = pick(ids);
        const current = await d.app.store.get(id);
        const content = [...current.body.content];
        content[d.slot] = para(`d${d.slot} ${op}`);
        await d.app.articles.save(id, current.rev, { body: { type: 'doc', content } });
        expectedSlots.get(id)![d.slot] = `d${d.slot} ${op}`;
        counts.edits++;
      } else if (roll < 0.88) {
        // The site goes away for a few steps.
        proxy.setDown(true);
        downUntil = op + 2 + Math.floor(random() * 6);
      } else {
        await d.engine.flush();
        await d.engine.syncNow(random() < 0.5);
        counts.syncs++;
      }
    }

    // The network heals; every desk catches up, then reads what the others sent.
    proxy.setDown(false);
    proxy.setFaultRate(0);
    for (let i = 0; i < 12; i++) {
      await syncAll(true);
      const quiet = desks.every((d) => d.engine.teamOps().length === 0 && Object.values(d.engine.allStatuses()).every((s) => s.state === 'synced'));
      if (i >= 2 && quiet) break;
    }
    await syncAll(true);

    for (const d of desks) {
      for (const id of d.engine.conflictIds()) console.log(`${d.actor.name} ${id}: ${JSON.stringify((await d.engine.conflict(id))?.conflicts).slice(0, 1500)}`);
      expect(d.engine.conflictIds()).toEqual([]);
      expect(d.engine.teamOps()).toEqual([]);
      expect(Object.values(d.engine.allStatuses()).filter((s) => s.state !== 'synced')).toEqual([]);
    }
    // Every article: the same status, history and blocks on the site and at every desk.
    for (const [id, slots] of expectedSlots) {
      const remote = (await site.api('GET', `/articles/${id}`)).body.article;
      expect(textsOf(remote.body), id).toEqual(slots);
      for (const d of desks) {
        const local = await d.app.store.get(id);
        expect(local.status, `${d.actor.name} ${id}`).toBe(remote.status);
        expect(local.statusHistory).toEqual(remote.statusHistory);
        expect(textsOf(local.body)).toEqual(slots);
      }
    }
    // Every comment and reply once on the site, and every desk's copy as the site has it.
    for (const [threadId, t] of threads) {
      const onSite = ((await site.api('GET', `/articles/${t.articleId}/comments`)).body.threads as CommentThread[]).filter((s) => s.id === threadId);
      expect(onSite, threadId).toHaveLength(1);
      expect(onSite[0]!.replies.map((r) => r.id).sort()).toEqual([...t.replies].sort());
      for (const d of desks) expect(d.calls.threads.filter((s) => s.thread.id === threadId).at(-1)?.thread).toEqual(onSite[0]);
    }
    // The last ad edit of each slot won, on the site and in every desk's copy.
    const siteSlots = (await site.api('GET', '/ads/slots')).body.items as Array<{ id: string; name: string }>;
    for (const [id, name] of slotNames) {
      expect(siteSlots.find((s) => s.id === id)?.name).toBe(name);
      for (const d of desks) expect((d.calls.ads.filter((a) => a.id === id).at(-1)?.doc as { name?: string } | undefined)?.name).toBe(name);
    }
    // A refusal is only ever an action someone else's action overtook; nothing else is refused.
    const refused = desks.flatMap((d) => d.calls.refused);
    expect(refused.filter((r) => r.op.op.kind !== 'action')).toEqual([]);
    const faults = Object.entries(proxy.counts).filter(([k]) => k !== 'pass').reduce((n, [, v]) => n + v, 0);
    console.log(`team fault run: ${OPS} ops ${JSON.stringify(counts)}, ${refused.length} actions refused, faults ${JSON.stringify(proxy.counts)}`);
    expect(faults).toBeGreaterThan(3);
    expect(counts.actions + counts.comments + counts.ads).toBeGreaterThan(20);
    for (const d of desks) await d.engine.close();
  });
});
