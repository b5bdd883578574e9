import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugIndexOf } from '../../../../backend/articles/slug-index';
import { createArticleStore } from '../../../../backend/articles/store/json-article-store';
import { makeTempDir, removeDir, sampleFields } from './store/store-test-helpers';

const SLUGS = ['haushalt', 'haushalt-2', 'wetter', 'markt'];

/** The answer the index replaces: a Set of every other readable article's slug. */
const naive = (list: Array<{ id: string; slug: string; damaged: unknown }>, id: string) => new Set(list.filter((s) => s.id !== id && !s.damaged && s.slug).map((s) => s.slug));

type Step = { kind: 'create'; slug: string } | { kind: 'save'; at: number; slug: string } | { kind: 'delete'; at: number };
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), slug: fc.constantFrom(...SLUGS) }),
  fc.record({ kind: fc.constant('save' as const), at: fc.nat(), slug: fc.constantFrom(...SLUGS, '') }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
);

describe('slug index', () => {
  it('answers as a Set of the other articles’ slugs would, through creates, slug changes and deletions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 12 }), fc.nat(), async (steps, askAfter) => {
        const dir = await makeTempDir('slug-index');
        const store = createArticleStore({ dataDir: dir });
        await store.open();
        try {
          const index = slugIndexOf(store);
          const ids: string[] = [];
          for (const [i, step] of steps.entries()) {
            if (i === askAfter % steps.length) index.except('none').has('markt'); // built midway, then kept current
            const id = ids[('at' in step ? step.at : 0) % Math.max(1, ids.length)];
            if (step.kind === 'create') ids.push((await store.create(sampleFields({ slug: step.slug }))).id);
            else if (id && step.kind === 'save') await store.save(id, (await store.get(id)).rev, { slug: step.slug });
            else if (id && step.kind === 'delete') {
              await store.delete(id);
              ids.splice(ids.indexOf(id), 1);
            }
          }
          const list = store.list();
          for (const id of [...list.map((s) => s.id), 'none']) {
            const expected = naive(list, id);
            for (const slug of SLUGS) expect(index.except(id).has(slug), `${slug} except ${id}`).toBe(expected.has(slug));
          }
        } finally {
          await store.close();
          await removeDir(dir);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('is one index per store, so the service and the workflow share it', async () => {
    const dir = await makeTempDir('slug-index');
    const store = createArticleStore({ dataDir: dir });
    await store.open();
    try {
      expect(slugIndexOf(store)).toBe(slugIndexOf(store));
      const a = await store.create(sampleFields({ slug: 'haushalt' }));
      expect(slugIndexOf(store).except(a.id).has('haushalt')).toBe(false);
      expect(slugIndexOf(store).except('other').has('haushalt')).toBe(true);
    } finally {
      await store.close();
      await removeDir(dir);
    }
  });
});
