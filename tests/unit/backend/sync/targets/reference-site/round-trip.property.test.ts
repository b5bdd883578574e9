import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editorFieldsOf } from '../../../../../../core/article/fields';
import { createReferenceSiteTarget } from '../../../../../../backend/sync/targets/reference-site/reference-site-target';
import { articleFieldsArb } from '../../../../core/article/arbitraries';
import { siteAndApp } from '../../support';

const ctx = siteAndApp();

/**
 * app -> site -> app: an article as the app stores it (its own derivations applied: slug, tags,
 * cleaned links) comes back from the reference site with every editor field unchanged.
 */
describe('reference site round trip', () => {
  it('property: every field of a generated article survives a push and a fetch', async () => {
    const target = createReferenceSiteTarget({ url: ctx.site().url, token: ctx.site().tokens.editor });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(articleFieldsArb.filter((f) => f.headline.trim() !== ''), async (fields) => {
        const created = await ctx.app().articles.create(fields.language, fields.section);
        const local = await ctx.app().articles.save(created.id, created.rev, fields);
        const pushed = await target.push({ article: local, remoteId: null, baseRev: null, idempotencyKey: `round-trip-${n++}` });
        const back = await target.fetch(pushed.remoteId);
        expect(back?.fields).toEqual(editorFieldsOf(local));
      }),
      { numRuns: 40 },
    );
  });
});
