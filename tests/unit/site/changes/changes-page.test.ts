import { expect, it } from 'vitest';
import { createViaApi, describeSite, feedCursorNow, readyFields } from '../site-test-kit';

describeSite('changes feed progress', (site) => {
  it('tells with each page how many changes wait after it, so a joining app can show "n of total"', async () => {
    const start = await feedCursorNow(site);
    for (const n of [1, 2, 3, 4, 5]) await createViaApi(site, readyFields({ headline: `Meldung ${n}`, slug: `meldung-${n}` }));
    const page = async (cursor: number) => (await site.call('GET', `/api/v1/changes?cursor=${cursor}&limit=2`, { token: site.tokens.editor })).json();
    const first = await page(start);
    expect(first.articles).toHaveLength(2);
    expect(first).toMatchObject({ more: true, remaining: 3 });
    const second = await page(first.cursor);
    expect(second).toMatchObject({ more: true, remaining: 1 });
    const last = await page(second.cursor);
    expect(last).toMatchObject({ more: false, remaining: 0 });
  });
});
