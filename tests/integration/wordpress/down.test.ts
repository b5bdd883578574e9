import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/article';
import { SyncFailure } from '../../../core/sync/sync-target';
import { idempotencyToken } from '../../../backend/sync/targets/wordpress';
import { createWordPressTarget } from '../../../backend/sync/targets/wordpress/wordpress-target';
import { wpArticle } from '../../unit/backend/sync/targets/wordpress/fixtures';
import { countPostsContaining, RUN, SKIP_DOWN, startPhp, stopPhp, target } from './wp-test-kit';

const id = (n: string) => `it-${RUN}-${n}`;

interface OutboxEntry {
  article: Article;
  key: string;
  remoteId: string | null;
  baseRev: string | null;
  done: boolean;
}

/** A minimal outbox: pushes in order and stops at the first failure, as the sync engine does. */
async function drain(t: ReturnType<typeof target>, outbox: OutboxEntry[], onPushed: (i: number) => void = () => {}): Promise<SyncFailure | null> {
  for (const [i, e] of outbox.entries()) {
    if (e.done) continue;
    try {
      const r = await t.push({ article: e.article, remoteId: e.remoteId, baseRev: e.baseRev, idempotencyKey: e.key });
      Object.assign(e, { remoteId: r.remoteId, baseRev: r.remoteRev, done: true });
      onPushed(i);
    } catch (err) {
      if (err instanceof SyncFailure) return err;
      throw err;
    }
  }
  return null;
}

describe.skipIf(SKIP_DOWN)('WordPress down mid-sync', () => {
  let phpStopped = false;
  afterAll(async () => {
    if (phpStopped) await startPhp();
  });

  it('fails with unavailable while php -S is stopped, and the retry succeeds without duplicates', async () => {
    const t = target({ timeoutMs: 5000 });
    const outbox: OutboxEntry[] = Array.from({ length: 6 }, (_, i) => ({ article: wpArticle({ id: id(`down-${i}`), headline: `Ausfall ${i}` }), key: id(`down-key-${i}`), remoteId: null, baseRev: null, done: false }));
    const before = structuredClone(outbox.map((e) => e.article));

    const failure = await drain(t, outbox, (i) => {
      if (i === 2) {
        stopPhp();
        phpStopped = true;
      }
    });
    expect(failure?.kind).toBe('unavailable');
    expect(failure?.retryable).toBe(true);
    expect(failure?.message).toMatch(/refuses connections|ECONNREFUSED/);
    expect(outbox.filter((e) => e.done)).toHaveLength(3);
    expect((await t.whoAmI().catch((e: unknown) => e)) instanceof SyncFailure).toBe(true);

    await startPhp();
    phpStopped = false;
    expect(await drain(t, outbox)).toBeNull();
    expect(outbox.every((e) => e.done)).toBe(true);
    for (const e of outbox) expect(await countPostsContaining(idempotencyToken(e.key))).toBe(1);
    expect(outbox.map((e) => e.article)).toEqual(before);

    // Replaying the whole outbox (say the app crashed before recording results) creates nothing new.
    const replay = outbox.map((e) => ({ ...e, remoteId: null, baseRev: null, done: false }));
    expect(await drain(t, replay)).toBeNull();
    expect(replay.map((e) => e.remoteId)).toEqual(outbox.map((e) => e.remoteId));
  });

  it('times out on a server that accepts but never answers', async () => {
    const sockets: Socket[] = [];
    const server: Server = createServer((s) => sockets.push(s));
    await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
    const port = (server.address() as { port: number }).port;
    try {
      const t = createWordPressTarget({ baseUrl: `http://127.0.0.1:${port}`, user: 'x', appPassword: 'y', options: { timeoutMs: 400 } });
      const started = Date.now();
      const failure = await t.whoAmI().catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(SyncFailure);
      expect((failure as SyncFailure).kind).toBe('unavailable');
      expect((failure as SyncFailure).message).toMatch(/did not answer within/);
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      sockets.forEach((s) => s.destroy());
      await new Promise((res) => server.close(res));
    }
  });
});
