import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorFieldsOf } from '../../../../../../core/article/fields';
import { createReferenceSiteTarget } from '../../../../../../backend/sync/targets/reference-site/reference-site-target';
import { articleFieldsArb } from '../../../../core/article/arbitraries';
import { openTestApp, startTestSite, type TestApp, type TestSite } from '../../support';

let site: TestSite;
let app: TestApp;
beforeAll(async () => {
  site = await startTestSite();
  app = await openTestApp();
});
afterAll(async () => {
  await app.close();
  await site.close();
});

/**
 * app -> site -> app: an article as the app stores it (its own derivations applied: slug, tags,
 * cleaned links) comes back from the reference site with every editor field unchanged.
 */
describe('reference site round trip', () => {
  it('property: every field of a generated article survives a push and a fetch', async () => {
    const target = createReferenceSiteTarget({ url: site.url, token: site.tokens.editor });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(articleFieldsArb.filter((f) => f.headline.trim() !== ''), async (fields) => {
        const created = await app.articles.create(fields.language, fields.section);
        const local = await app.articles.save(created.id, created.rev, fields);
        const pushed = await target.push({ article: local, remoteId: null, baseRev: null, idempotencyKey: `round-trip-${n++}` });
        const back = await target.fetch(pushed.remoteId);
        expect(back?.fields).toEqual(editorFieldsOf(local));
      }),
      { numRuns: 40 },
    );
  });
});
