import { describe, expect, it } from 'vitest';
import { estimateBlockHeight } from '../../../../core/policy/mobile-density';
import { resultsTable } from '../article/table-fixture';

describe('the phone height of a table', () => {
  it('counts every row, so a long results table is content, not nothing, next to the ads', () => {
    const height = estimateBlockHeight(resultsTable);
    expect(height).toBeGreaterThanOrEqual(4 * 34 + 48);
    const longer = { ...resultsTable, content: [...resultsTable.content!, ...resultsTable.content!] };
    expect(estimateBlockHeight(longer)).toBeGreaterThan(height + 3 * 34);
  });
});
