import type { ArticleStatus } from '../../core/article/article';
import type { Schedule } from '../../core/workflow/schedule';
import { dueTransitions, nextDueAt, type DueTransition, type SchedulableArticle } from '../../core/workflow/due';

/** The longest the scheduler sleeps, so a shifted clock (tests) or a missed wake-up is noticed soon. */
export const MAX_SLEEP_MS = 5_000;

export interface LocalSchedulerOptions {
  now: () => Date;
  /** Every article that may become due (scheduled or published), read once at start. */
  load(): Promise<SchedulableArticle[]>;
  /** Applies one due transition (with the system actor); a refusal or error is logged, never fatal. */
  apply(due: DueTransition): Promise<void>;
  /** True while a connected site publishes on schedule itself: the app then only shows the site's state. */
  standBy?: () => Promise<boolean>;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/**
 * Publishes scheduled articles when due and takes expired ones down, while no site does it.
 * On start it catches up on everything missed while the app was closed.
 */
export function createLocalScheduler(options: LocalSchedulerOptions) {
  const { now } = options;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as NodeJS.Timeout));
  const known = new Map<string, SchedulableArticle>();
  let timer: unknown = null;
  let stopped = false;
  let running: Promise<number> = Promise.resolve(0);

  function plan(sleepMs?: number): void {
    if (stopped) return;
    if (timer !== null) clearTimer(timer);
    const next = nextDueAt(known.values(), now());
    const wait = sleepMs ?? (next === null ? MAX_SLEEP_MS : Math.max(0, Math.min(MAX_SLEEP_MS, Date.parse(next) - now().getTime())));
    timer = setTimer(() => {
      timer = null;
      void runDue();
    }, wait);
  }

  /** Applies everything due now, oldest first; resolves with how many were applied. */
  function runDue(): Promise<number> {
    running = running.then(async () => {
      if (await options.standBy?.()) {
        plan(MAX_SLEEP_MS);
        return 0;
      }
      let applied = 0;
      for (const due of dueTransitions(known.values(), now())) {
        try {
          await options.apply(due);
          applied++;
        } catch (err) {
          console.error(`[copydesk] scheduler: ${due.action} of ${due.id} failed:`, err);
          known.delete(due.id); // do not retry in a tight loop; a later change re-adds it
        }
      }
      plan();
      return applied;
    });
    return running;
  }

  return {
    /** Loads the articles, catches up and starts the timer. */
    async start(): Promise<number> {
      for (const a of await options.load()) known.set(a.id, a);
      return runDue();
    },
    /** Tells the scheduler an article's status or schedule changed. */
    update(id: string, status: ArticleStatus | null, schedule: Schedule | null | undefined): void {
      if (status === 'scheduled' || status === 'published') known.set(id, { id, status, ...(schedule ? { schedule } : {}) });
      else known.delete(id);
      plan();
    },
    runDue,
    stop(): Promise<number> {
      stopped = true;
      if (timer !== null) clearTimer(timer);
      timer = null;
      return running;
    },
  };
}

export type LocalScheduler = ReturnType<typeof createLocalScheduler>;
