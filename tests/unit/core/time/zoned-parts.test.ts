import { describe, expect, it } from 'vitest';
import { utcToZonedParts } from '../../../../core/time/zoned-parts';
import { zonedInputToUtc } from '../../../../core/time/zoned-input';

describe('utcToZonedParts', () => {
  it('shows a UTC instant as the Berlin wall clock, date rolling over at local midnight', () => {
    const parts = utcToZonedParts('2026-06-30T22:15:00Z', 'Europe/Berlin');
    expect(parts).toMatchObject({ date: '2026-07-01', time: '00:15', weekday: 3, offsetMinutes: 120 });
  });

  it('shows both 02:30s of the night the clocks go back as 02:30', () => {
    expect(utcToZonedParts('2026-10-25T00:30:00Z', 'Europe/Berlin')).toMatchObject({ time: '02:30', offsetMinutes: 120, repeated: 'first' });
    expect(utcToZonedParts('2026-10-25T01:30:00Z', 'Europe/Berlin')).toMatchObject({ time: '02:30', offsetMinutes: 60, repeated: 'second' });
    expect(utcToZonedParts('2026-10-25T02:30:00Z', 'Europe/Berlin')).toMatchObject({ time: '03:30', repeated: null });
  });

  it('round-trips with zonedInputToUtc for every quarter hour of both clock-change days', () => {
    for (const date of ['2026-03-29', '2026-10-25']) {
      for (let m = 0; m < 24 * 60; m += 15) {
        const time = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        const result = zonedInputToUtc(date, time, 'Europe/Berlin');
        const instants = result.kind === 'ok' ? [result.utc] : result.kind === 'ambiguous' ? result.options.map((o) => o.utc) : [];
        instants.forEach((utc, i) => {
          const parts = utcToZonedParts(utc, 'Europe/Berlin');
          expect(parts).toMatchObject({ date, time });
          if (instants.length === 2) expect(parts.repeated).toBe(i === 0 ? 'first' : 'second');
        });
      }
    }
  });

  it('rejects an invalid instant', () => {
    expect(() => utcToZonedParts('not a date', 'Europe/Berlin')).toThrow(RangeError);
  });
});
