import { randomUUID } from 'node:crypto';
import type { Article } from '../../core/article/article';
import type { workflowCalls, QueueItem, StatusEvent } from '../../core/contract/calls/workflow';
import type { Settings } from '../../core/contract/contract';
import { AppError } from '../../core/contract/result';
import { diffArticles } from '../../core/diff/articles';
import { restoreRevision } from '../../core/revisions/revision';
import { ruleFor, type WorkflowAction } from '../../core/workflow/actions';
import type { StatusHistoryEntry } from '../../core/workflow/history';
import { ROLE_LABELS } from '../../core/workflow/labels';
import { SYSTEM_ACTOR, type Actor } from '../../core/workflow/roles';
import { earliestGoLive, type Schedule } from '../../core/workflow/schedule';
import { applyTransition, WORKFLOW_ERROR_TO_CONTRACT } from '../../core/workflow/transition';
import type { BackendDeps, BackendModule } from '../backend-deps';
import { createCommentStore } from './comment-store';
import { createLocalScheduler } from './local-scheduler';
import { goLiveTime, localizedChecklist, policyFindingsAt } from './policy-findings';
import { createRevisionStore } from './revision-store';

type Profile = Settings['profile'];

/** The person behind a call: the settings profile (no site is connected, so there is no login). */
export function actorOf(profile: Profile): Actor {
  return { name: profile.name.trim() || ROLE_LABELS[profile.role].en, role: profile.role };
}

const MAX_EVENTS = 500;


/** workflow.*, comments.*, revisions.* and calendar calls, plus the local scheduler. */
export function workflowModule(deps: BackendDeps): BackendModule<keyof typeof workflowCalls> {
  const { store, settings, now } = deps;
  const comments = createCommentStore(deps.dataDir, now);
  const revisions = createRevisionStore(deps.dataDir, now);
  /** Articles whose next write is recorded by the caller (status change, restore), not as a save. */
  const quiet = new Set<string>();
  const events: StatusEvent[] = [];
  let seq = 0;
  const background = new Set<Promise<unknown>>();
  const track = (p: Promise<unknown>) => {
    const tracked = p.catch((err: unknown) => console.error('[copydesk] workflow background task failed:', err)).finally(() => background.delete(tracked));
    background.add(tracked);
  };

  const profile = async () => (await settings.get()).profile;
  const authorName = async () => actorOf(await profile()).name;

  async function checklistContext(article: Article, at: Date) {
    const otherSlugs = store
      .list()
      .filter((s) => s.id !== article.id && s.slug)
      .map((s) => s.slug);
    const { siteTimeZone } = await settings.get();
    const policyFindings = policyFindingsAt(article, await deps.adConfig.get(), at, siteTimeZone);
    return { otherSlugs, policyFindings };
  }

  async function checklistOf(article: Article, at: Date) {
    const ctx = await checklistContext(article, at);
    return localizedChecklist(article, new Set(ctx.otherSlugs), ctx.policyFindings);
  }

  /** Writes the result of a transition, records it in the history, the revisions and the event log. */
  async function commit(article: Article, next: { status: Article['status']; schedule?: Schedule }, entry: StatusHistoryEntry): Promise<Article> {
    quiet.add(article.id);
    let saved: Article;
    try {
      saved = await store.replace({ ...article, status: next.status, schedule: next.schedule ?? null, statusHistory: [...article.statusHistory, entry] });
    } finally {
      quiet.delete(article.id);
    }
    await revisions.record(saved, 'status', entry.actor.name);
    scheduler.update(saved.id, saved.status, saved.schedule);
    knownStatus.set(saved.id, saved.status);
    events.push({ seq: ++seq, id: saved.id, headline: saved.headline, from: entry.from, to: entry.to, actorName: entry.actor.name, at: entry.at });
    if (events.length > MAX_EVENTS) events.splice(0, events.length - MAX_EVENTS);
    return saved;
  }

  async function transition(req: { id: string; baseRev: number; action: WorkflowAction; note?: string; schedule?: Schedule }, actor: Actor): Promise<Article> {
    const article = await store.get(req.id);
    if (article.rev !== req.baseRev) {
      throw new AppError('CONFLICT', 'The article changed since it was loaded; reload it and try again.', { currentRev: article.rev });
    }
    const at = now();
    const rule = ruleFor(req.action);
    const schedule = req.action === 'schedule' && req.schedule ? req.schedule : (article.schedule ?? undefined);
    const checklist = rule?.requiresChecklist ? await checklistOf(article, goLiveTime({ schedule: schedule ?? null }, at)) : undefined;
    const result = applyTransition({ status: article.status, ...(article.schedule ? { schedule: article.schedule } : {}) }, req.action, actor, at, {
      ...(req.note !== undefined ? { note: req.note } : {}),
      ...(checklist ? { checklist } : {}),
      ...(req.schedule ? { schedule: req.schedule } : {}),
    });
    if (!result.ok) {
      throw new AppError(WORKFLOW_ERROR_TO_CONTRACT[result.code], result.message, {
        workflowCode: result.code,
        messageDe: result.messageDe,
        ...(result.blocking ? { blocking: result.blocking } : {}),
      });
    }
    return commit(article, result.next, result.historyEntry);
  }

  const scheduler = createLocalScheduler({
    now,
    standBy: () => deps.sitePublishesOnSchedule(),
    load: async () => {
      const out = [];
      for (const s of store.list()) {
        if (s.damaged || (s.status !== 'scheduled' && s.status !== 'published')) continue;
        try {
          const a = await store.get(s.id);
          out.push({ id: a.id, status: a.status, ...(a.schedule ? { schedule: a.schedule } : {}) });
        } catch {
          // unreadable: reported by articles.damaged
        }
      }
      return out;
    },
    apply: async (due) => {
      const article = await store.get(due.id);
      const result = applyTransition({ status: article.status, ...(article.schedule ? { schedule: article.schedule } : {}) }, due.action, SYSTEM_ACTOR, now());
      if (!result.ok) throw new Error(result.message);
      await commit(article, result.next, result.historyEntry);
    },
  });

  /** The last status seen of each article, to notice changes that arrive from elsewhere. */
  const knownStatus = new Map<string, Article['status']>(store.list().map((s) => [s.id, s.status]));
  const unsubscribe = store.onChange((id, summary) => {
    if (!summary || summary.damaged || quiet.has(id)) return;
    track(
      (async () => {
        const article = await store.get(id);
        scheduler.update(id, article.status, article.schedule);
        // A status change made elsewhere (the site, through sync) notifies like one made here.
        const last = article.statusHistory.at(-1);
        if (last && knownStatus.get(id) !== undefined && knownStatus.get(id) !== article.status && last.to === article.status) {
          events.push({ seq: ++seq, id, headline: article.headline, from: last.from, to: last.to, actorName: last.actor.name, at: last.at });
          if (events.length > MAX_EVENTS) events.splice(0, events.length - MAX_EVENTS);
        }
        knownStatus.set(id, article.status);
        await revisions.recordSave(article, await authorName());
      })(),
    );
  });

  async function queueItem(id: string, toStatus: Article['status']): Promise<QueueItem | null> {
    const summary = store.list().find((s) => s.id === id);
    if (!summary) return null;
    const article = await store.get(id);
    const entered = [...article.statusHistory].reverse().find((h) => h.to === toStatus);
    return { ...summary, since: entered?.at ?? article.updatedAt };
  }

  return {
    handlers: {
      'workflow.transition': async (req) => transition(req, actorOf(await profile())),
      'workflow.reschedule': async ({ id, baseRev, publishAt }) => {
        const article = await store.get(id);
        if (article.status !== 'scheduled') throw new AppError('CONFLICT', 'Only scheduled articles can be moved on the calendar.');
        return transition({ id, baseRev, action: 'schedule', schedule: { ...(article.schedule ?? {}), publishAt } }, actorOf(await profile()));
      },
      'workflow.checklist': async ({ id }) => {
        const article = await store.get(id);
        const ctx = await checklistContext(article, goLiveTime(article, now()));
        return { items: localizedChecklist(article, new Set(ctx.otherSlugs), ctx.policyFindings), otherSlugs: ctx.otherSlugs, policyFindings: ctx.policyFindings };
      },
      'workflow.queues': async () => {
        const me = (await profile()).name.trim();
        const review: QueueItem[] = [];
        const myDrafts: QueueItem[] = [];
        const approved: QueueItem[] = [];
        for (const s of store.list()) {
          if (s.damaged) continue;
          if (s.status === 'in_review') {
            const item = await queueItem(s.id, 'in_review').catch(() => null);
            if (item) review.push(item);
          } else if (s.status === 'approved') {
            const item = await queueItem(s.id, 'approved').catch(() => null);
            if (item) approved.push(item);
          } else if (me && (s.status === 'draft' || s.status === 'changes_requested') && s.author.trim() === me) {
            myDrafts.push({ ...s, since: s.updatedAt });
          }
        }
        review.sort((a, b) => a.since.localeCompare(b.since));
        myDrafts.sort((a, b) => b.since.localeCompare(a.since));
        approved.sort((a, b) => a.since.localeCompare(b.since));
        return { review, myDrafts, approved };
      },
      'workflow.events': async ({ after }) => {
        // A fresh client, or one that outlived a restart of the back end, starts from now.
        if (after < 0 || after > seq) return { cursor: seq, events: [] };
        const p = await profile();
        const me = actorOf(p);
        const relevant: StatusEvent[] = [];
        for (const e of events) {
          if (e.seq <= after) continue;
          const summary = store.list().find((s) => s.id === e.id);
          if (!summary) continue;
          const wrote = p.name.trim() !== '' && summary.author.trim() === p.name.trim();
          let actedOn = false;
          if (!wrote) {
            const article = await store.get(e.id).catch(() => null);
            actedOn = !!article?.statusHistory.some((h) => h.actor.name === me.name && h.actor.role !== 'system');
          }
          if ((wrote || actedOn) && e.actorName !== me.name) relevant.push(e);
        }
        return { cursor: seq, events: relevant };
      },
      'comments.list': ({ id }) => comments.list(id),
      'comments.add': async ({ id, anchor, text }) => {
        await store.get(id);
        return comments.add(id, anchor, await authorName(), text);
      },
      'comments.reply': async ({ id, threadId, text }) => comments.reply(id, threadId, await authorName(), text),
      'comments.resolve': async ({ id, threadId }) => comments.resolve(id, threadId, await authorName()),
      'comments.reopen': ({ id, threadId }) => comments.reopen(id, threadId),
      'comments.remapAnchors': ({ id, anchors }) => comments.remap(id, anchors),
      'revisions.list': async ({ id }) =>
        [...(await revisions.list(id))].reverse().map(({ snapshot: _snapshot, ...info }) => info),
      'revisions.get': ({ id, revisionId }) => revisions.get(id, revisionId),
      'revisions.diff': async ({ id, from, to }) => {
        const [a, b] = await Promise.all([revisions.get(id, from), revisions.get(id, to)]);
        return diffArticles(a.snapshot, b.snapshot);
      },
      'revisions.restore': async ({ id, revisionId }) => {
        const target = await revisions.get(id, revisionId);
        const article = await store.get(id);
        const author = await authorName();
        quiet.add(id);
        let saved: Article;
        try {
          saved = await store.replace({ ...article, ...structuredClone(target.snapshot) });
        } finally {
          quiet.delete(id);
        }
        await revisions.add(id, restoreRevision(target, { id: randomUUID(), rev: saved.rev, author, now: now() }));
        return saved;
      },
      'calendar.entries': async ({ from, to }) => {
        const [lo, hi] = [Date.parse(from), Date.parse(to)];
        if (hi <= lo) throw new AppError('INVALID_ARGUMENT', '"to" must come after "from".');
        const inRange = (iso: string) => Date.parse(iso) >= lo && Date.parse(iso) < hi;
        const articles = [];
        for (const s of store.list()) {
          if (s.damaged || (s.status !== 'scheduled' && s.status !== 'published')) continue;
          const a = await store.get(s.id).catch(() => null);
          if (!a) continue;
          const base = { id: a.id, rev: a.rev, headline: a.headline, section: a.section, status: a.status };
          if (a.status === 'scheduled') {
            const goLive = a.schedule ? earliestGoLive(a.schedule) : undefined;
            if (goLive !== undefined && inRange(new Date(goLive).toISOString())) articles.push({ ...base, kind: 'publish' as const, at: new Date(goLive).toISOString() });
          } else {
            const went = [...a.statusHistory].reverse().find((h) => h.to === 'published');
            if (went && inRange(went.at)) articles.push({ ...base, kind: 'published' as const, at: went.at });
          }
          if (a.schedule?.expireAt && inRange(a.schedule.expireAt)) articles.push({ ...base, kind: 'expire' as const, at: a.schedule.expireAt });
        }
        articles.sort((x, y) => x.at.localeCompare(y.at));
        const flights = (await deps.adConfig.get()).campaigns
          .filter((c) => Date.parse(c.flightStart) < hi && Date.parse(c.flightEnd) > lo)
          .map((c) => ({ id: c.id, advertiser: c.advertiser, category: c.category, start: c.flightStart, end: c.flightEnd }));
        return { articles, flights, now: now().toISOString() };
      },
    },
    start() {
      track(scheduler.start());
    },
    async close() {
      unsubscribe();
      await scheduler.stop();
      while (background.size > 0) await Promise.all([...background]);
      await comments.idle();
      await revisions.idle();
    },
  };
}
