import { dueTransitions } from '../../core/workflow/index';
import { listDueArticles } from '../articles/staff-queries';
import { getArticleForUpdate, updateArticle } from '../articles/store';
import type { Clock } from '../clock';
import type { OpenDatabase } from '../db/connect';
import { applyDueAction } from './release';

/** Publishes (after core's checklist, else holds) and unpublishes articles when their time comes. */
export interface SiteScheduler {
  /** Applies every due change once; resolves to the number of articles changed. */
  tick(): Promise<number>;
  /** Runs `tick` now (catching up on anything missed while stopped) and then every interval. */
  start(): void;
  /** Stops the timer and waits for a running tick. */
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  db: OpenDatabase;
  clock: Clock;
  /** Default 1000 ms, so a change lands well within 5 seconds of its time. */
  intervalMs?: number;
  onError?: (err: unknown) => void;
}

/** Creates the scheduler; it does nothing until `start` or `tick`. Rules come from core's dueTransitions. */
export function createScheduler(options: SchedulerOptions): SiteScheduler {
  const { db, clock } = options;
  let timer: ReturnType<typeof setInterval> | null = null;
  let running: Promise<number> | null = null;

  async function applyDue(): Promise<number> {
    const now = clock.now();
    const candidates = await listDueArticles(db.kysely, now.toISOString());
    let changed = 0;
    for (const due of dueTransitions(candidates, now)) {
      // Each article in its own transaction, re-checked under lock: a publisher may have moved it meanwhile.
      changed += await db.kysely.transaction().execute(async (trx) => {
        const current = await getArticleForUpdate(trx, due.id, db.engine);
        const still = current ? dueTransitions([current], now)[0] : undefined;
        if (!current || still?.action !== due.action) return 0;
        await updateArticle(trx, await applyDueAction(trx, current, due, now));
        return 1;
      });
    }
    return changed;
  }

  const tick = (): Promise<number> => {
    // Never two ticks at once: a slow database must not apply a change twice.
    running ??= applyDue().finally(() => {
      running = null;
    });
    return running;
  };

  const safeTick = () =>
    void tick().catch((err: unknown) => {
      options.onError?.(err);
    });

  return {
    tick,
    start() {
      if (timer) return;
      safeTick();
      timer = setInterval(safeTick, options.intervalMs ?? 1000);
      timer.unref?.();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running?.catch(() => undefined);
    },
  };
}
