import { describe, expect, it } from 'vitest';
import { seededUnit } from '../../../../core/ads/seeded-random';

describe('seededUnit', () => {
  it('gives the same number for the same key and a number in [0, 1)', () => {
    for (const key of ['', 'a', 'seed|slot|afterBlock|3']) {
      expect(seededUnit(key)).toBe(seededUnit(key));
      expect(seededUnit(key)).toBeGreaterThanOrEqual(0);
      expect(seededUnit(key)).toBeLessThan(1);
    }
  });
  it('spreads neighbouring keys over the whole range', () => {
    const values = Array.from({ length: 1000 }, (_, i) => seededUnit(`seed-${i}`));
    const low = values.filter((v) => v < 0.5).length;
    expect(low).toBeGreaterThan(420);
    expect(low).toBeLessThan(580);
    expect(new Set(values).size).toBeGreaterThan(990);
  });
});
