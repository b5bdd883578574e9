import { describe, expect, it } from 'vitest';
import { wpArticle } from '../../unit/backend/sync/targets/wordpress/fixtures';
import { adminRest, RUN, runWpCron, SKIP, target } from './wp-test-kit';

const id = (n: string) => `it-${RUN}-${n}`;
async function postStatus(remoteId: string) {
  const { data } = await adminRest<{ status: string; date_gmt: string }>(`/wp/v2/posts/${remoteId}`, { query: { context: 'edit' } });
  return { status: data.status, date_gmt: data.date_gmt };
}
const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

describe.skipIf(SKIP)('scheduling on a real WordPress', () => {
  it('a scheduled article becomes a future post, and is published once wp-cron has run', async () => {
    const t = target();
    const publishAt = iso(Date.now() + 66_000);
    const article = wpArticle({ id: id('sched'), status: 'scheduled', schedule: { publishAt } });
    const r = await t.push({ article, remoteId: null, baseRev: null, idempotencyKey: id('sched-1') });
    expect(r.publishedEarly).toBeUndefined();
    expect(await postStatus(r.remoteId)).toEqual({ status: 'future', date_gmt: publishAt.slice(0, 19) });
    const remote = await t.fetch(r.remoteId);
    expect(remote?.status).toBe('scheduled');
    expect(remote?.schedule?.publishAt).toBe(publishAt);

    await new Promise((res) => setTimeout(res, Date.parse(publishAt) - Date.now() + 1500));
    await runWpCron();
    const after = await t.fetch(r.remoteId);
    expect(after?.status).toBe('published');
    expect(after?.remoteRev).not.toBe(r.remoteRev);
  }, 120_000);

  it('less than 60 s ahead: published at once and reported as early', async () => {
    const t = target();
    const publishAt = iso(Date.now() + 25_000);
    const r = await t.push({ article: wpArticle({ id: id('early'), status: 'scheduled', schedule: { publishAt } }), remoteId: null, baseRev: null, idempotencyKey: id('early-1') });
    expect(r.publishedEarly).toBe(true);
    expect(r.publishedEarlyMs).toBeGreaterThan(15_000);
    expect(r.publishedEarlyMs).toBeLessThan(60_000);
    expect((await postStatus(r.remoteId)).status).toBe('publish');
  });

  it('less than 60 s ahead under an embargo: held back as a draft until its time', async () => {
    const t = target();
    const at = iso(Date.now() + 25_000);
    const r = await t.push({ article: wpArticle({ id: id('embargo'), status: 'scheduled', schedule: { publishAt: at, embargoUntil: at } }), remoteId: null, baseRev: null, idempotencyKey: id('embargo-1') });
    expect(r.publishedEarly).toBeUndefined();
    expect(r.holdUntil).toBe(new Date(at).toISOString());
    expect((await postStatus(r.remoteId)).status).toBe('draft');
  });
});
