/* Audit: the checklist items are derived from an article and cross the contract as checklistItemSchema. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleFieldsSchema } from '../../../../core/article/article';
import { checklistItemSchema, CHECKLIST_ITEM_IDS } from '../../../../core/checklist/items';
import { runChecklist } from '../../../../core/checklist/run';
import { articleFieldsArb } from '../article/arbitraries';

describe('runChecklist -> checklistItemSchema', () => {
  it('property: every item of any article passes the schema, one per check', () => {
    fc.assert(
      fc.property(articleFieldsArb, fc.array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { maxLength: 3 }), fc.boolean(), (fields, others, stored) => {
        // As the editor has it (raw) and as the store has it (parsed: link targets cleaned).
        const article = stored ? articleFieldsSchema.parse(fields) : fields;
        const items = runChecklist(article, { otherSlugs: new Set(others), policyFindings: [] });
        expect(items.map((i) => i.id)).toEqual([...CHECKLIST_ITEM_IDS]);
        for (const item of items) expect(checklistItemSchema.safeParse(item).success).toBe(true);
        if (stored) expect(items.find((i) => i.id === 'links')?.status).toBe('pass');
      }),
      { numRuns: 150 },
    );
  });
});
