import type { Article } from '../../core/article/article';
import type { workflowCalls } from '../../core/contract/calls/workflow';
import { AppError } from '../../core/contract/result';
import type { StatusHistoryEntry } from '../../core/workflow/history';
import type { TransitionRequest } from '../../core/workflow/request';
import type { Actor } from '../../core/workflow/roles';
import type { BackendDeps, BackendModule } from '../backend-deps';
import { heldItem } from '../team/inbox-items';
import { tellTeam } from '../team/tell-team';
import { calendarEntries } from './calendar';
import { commentHandlers } from './comment-handlers';
import { createLocalScheduler } from './local-scheduler';
import { revisionHandlers } from './revision-handlers';
import { goLiveTime, localizedChecklist } from './policy-findings';
import { workflowQueues } from './queues';
import { sinceMyRequest } from './since-my-request';
import { createStatusEvents } from './status-events';
import { createTransitions, type TransitionNext } from './transitions';
import { watchStoreForStatusChanges } from './store-watch';

/** workflow.*, comments.*, revisions.* and calendar calls, plus the local scheduler. */
export function workflowModule(deps: BackendDeps): BackendModule<keyof typeof workflowCalls | 'workflow.sinceMyRequest'> {
  const { store, now, revisions } = deps;
  const events = createStatusEvents(store);
  /** Articles whose next write is recorded by the caller (status change, restore), not as a save. */
  const quiet = new Set<string>();
  /** The last status seen of each article, to notice changes that arrive from elsewhere. */
  const knownStatus = new Map<string, Article['status']>(store.list().map((s) => [s.id, s.status]));
  const actor = () => deps.actor.current();
  const authorName = async () => (await actor()).name;

  /** Runs a write whose revision the caller records itself, so the store watch skips it. */
  async function quietly<T>(id: string, write: () => Promise<T>): Promise<T> {
    quiet.add(id);
    try {
      return await write();
    } finally {
      quiet.delete(id);
    }
  }

  /** Writes the result of a transition, records it in the history, the revisions and the event log. */
  async function commit(article: Article, next: TransitionNext, entry: StatusHistoryEntry): Promise<Article> {
    // Off the site there is no live version left for a pending update to wait beside.
    const offline = next.status !== 'published' && article.pendingUpdate ? { pendingUpdate: null } : {};
    const saved = await quietly(article.id, () =>
      store.replace({ ...article, ...offline, ...next.extra, status: next.status, schedule: next.schedule ?? null, statusHistory: [...article.statusHistory, entry] }),
    );
    await revisions.record(saved, 'status', entry.actor.name);
    scheduler.update(saved.id, saved.status, saved.schedule);
    knownStatus.set(saved.id, saved.status);
    events.record({ id: saved.id, headline: saved.headline, from: entry.from, to: entry.to, actorName: entry.actor.name, at: entry.at });
    return saved;
  }

  const transitions = createTransitions({
    store,
    settings: deps.settings,
    adConfig: deps.adConfig,
    now,
    commit,
    held: async (article, entry) => {
      if ((await actor()).role === 'publisher') await deps.inbox.add([heldItem(article, entry)]);
    },
  });

  /** A person's status change: applied here, then queued for the site as the action itself. */
  async function act(req: TransitionRequest, by: Actor): Promise<Article> {
    const saved = await transitions.transition(req, by);
    const { id: _id, baseRev: _baseRev, ...request } = req;
    await tellTeam(deps.team, { kind: 'action', articleId: req.id, request }, by);
    return saved;
  }

  const scheduler = createLocalScheduler({
    now,
    standBy: () => deps.sitePublishesOnSchedule(),
    load: async () => {
      const out = [];
      for (const s of store.list()) {
        if (s.damaged || (s.status !== 'scheduled' && s.status !== 'published')) continue;
        const a = await store.get(s.id).catch(() => null); // unreadable: reported by articles.damaged
        if (a) out.push({ id: a.id, status: a.status, ...(a.schedule ? { schedule: a.schedule } : {}) });
      }
      return out;
    },
    apply: (due) => transitions.applyDue(due),
  });
  const watch = watchStoreForStatusChanges({ store, quiet, knownStatus, scheduler, events, revisions, authorName });

  return {
    handlers: {
      'workflow.transition': async (req) => act(req, await actor()),
      'workflow.reschedule': async ({ id, baseRev, publishAt }) => {
        const article = await store.get(id);
        if (article.status !== 'scheduled') throw new AppError('CONFLICT', 'Only scheduled articles can be moved on the calendar.');
        return act({ id, baseRev, action: 'schedule', schedule: { ...(article.schedule ?? {}), publishAt } }, await actor());
      },
      'workflow.checklist': async ({ id, slug }) => {
        const article = await store.get(id);
        const ctx = await transitions.checklistContext(article, goLiveTime(article, now()));
        const takenSlugs = [...new Set([article.slug, slug ?? ''])].filter((s) => s && ctx.otherSlugs.has(s));
        return { items: localizedChecklist(article, ctx.otherSlugs, ctx.policyFindings), takenSlugs, policyFindings: ctx.policyFindings };
      },
      'workflow.queues': async () => workflowQueues(store, (await actor()).name.trim()),
      'workflow.events': async ({ after }) => {
        const me = await actor();
        return events.since(after, me, me.name.trim());
      },
      'workflow.sinceMyRequest': async ({ id }) => sinceMyRequest(await store.get(id), await revisions.list(id), await actor()),
      ...commentHandlers(deps),
      ...revisionHandlers(deps, quietly),
      'calendar.entries': async ({ from, to }) => calendarEntries(store, await deps.adConfig.get(), from, to, now()),
    },
    start() {
      watch.track(scheduler.start());
    },
    async close() {
      watch.stop();
      await scheduler.stop();
      await watch.idle();
    },
  };
}

