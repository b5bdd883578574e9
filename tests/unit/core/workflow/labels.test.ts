import { describe, expect, it } from 'vitest';
import { ACTION_LABELS, STATUS_LABELS } from '../../../../core/workflow/labels';

describe('workflow labels', () => {
  it('gives every status and every action a distinct name in each language', () => {
    for (const labels of [STATUS_LABELS, ACTION_LABELS]) {
      for (const lang of ['de', 'en'] as const) {
        const names = Object.values(labels).map((l) => l[lang]);
        expect(new Set(names).size, lang).toBe(names.length);
      }
    }
  });
});
