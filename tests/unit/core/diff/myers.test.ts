import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffTokens } from '../../../../core/diff/myers';

/** Length of the longest common subsequence by the textbook dynamic programme (the oracle). */
function lcsLength(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = up;
    }
  }
  return row[b.length]!;
}

const tokens = fc.array(fc.constantFrom('a', 'b', 'c', 'd', ' '), { maxLength: 40 });

describe('diffTokens', () => {
  it('rebuilds both inputs and is a shortest edit script (checked against an LCS oracle)', () => {
    fc.assert(
      fc.property(tokens, tokens, (a, b) => {
        const runs = diffTokens(a, b);
        expect(runs.filter((r) => r.op !== 'insert').flatMap((r) => r.tokens)).toEqual(a);
        expect(runs.filter((r) => r.op !== 'delete').flatMap((r) => r.tokens)).toEqual(b);
        const kept = runs.filter((r) => r.op === 'equal').reduce((n, r) => n + r.tokens.length, 0);
        expect(kept).toBe(lcsLength(a, b));
      }),
      { numRuns: 400 },
    );
  });

  it('merges neighbouring runs and puts deletions before insertions', () => {
    fc.assert(
      fc.property(tokens, tokens, (a, b) => {
        const runs = diffTokens(a, b);
        runs.forEach((run, i) => {
          const next = runs[i + 1];
          expect(run.tokens.length).toBeGreaterThan(0);
          if (next) expect(next.op === run.op || (run.op === 'insert' && next.op === 'delete')).toBe(false);
        });
      }),
    );
  });

  it('handles empty inputs', () => {
    expect(diffTokens([], [])).toEqual([]);
    expect(diffTokens([], ['x'])).toEqual([{ op: 'insert', tokens: ['x'] }]);
    expect(diffTokens(['x'], [])).toEqual([{ op: 'delete', tokens: ['x'] }]);
  });

  it('compares two long, entirely different texts quickly', () => {
    const a = Array.from({ length: 6000 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 6000 }, (_, i) => `b${i}`);
    const started = Date.now();
    expect(diffTokens(a, b)).toEqual([{ op: 'delete', tokens: a }, { op: 'insert', tokens: b }]);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
