import { describe, expect, it } from 'vitest';
import { zonedInputToUtc } from '../../../../core/time/zoned-input';

const BERLIN = 'Europe/Berlin';

describe('zonedInputToUtc', () => {
  it('turns an ordinary Berlin winter time into UTC (UTC+1)', () => {
    expect(zonedInputToUtc('2026-01-15', '09:00', BERLIN)).toEqual({ kind: 'ok', utc: '2026-01-15T08:00:00.000Z' });
  });

  it('turns an ordinary Berlin summer time into UTC (UTC+2)', () => {
    expect(zonedInputToUtc('2026-07-01', '18:30', BERLIN)).toEqual({ kind: 'ok', utc: '2026-07-01T16:30:00.000Z' });
  });

  describe('2026-03-29, clocks go forward 02:00 -> 03:00', () => {
    it('rejects 02:30 with an explanation in German and English', () => {
      const result = zonedInputToUtc('2026-03-29', '02:30', BERLIN);
      expect(result.kind).toBe('gap');
      if (result.kind !== 'gap') return;
      expect(result.message.de).toContain('02:00');
      expect(result.message.de).toContain('03:00');
      expect(result.message.de).toContain('29.03.2026');
      expect(result.message.en).toMatch(/jump forward from 02:00 to 03:00/);
      expect(result.nextValidUtc).toBe('2026-03-29T01:00:00.000Z');
    });

    it('rejects every minute from 02:00 to 02:59', () => {
      for (const time of ['02:00', '02:01', '02:59']) expect(zonedInputToUtc('2026-03-29', time, BERLIN).kind).toBe('gap');
    });

    it('accepts 01:59 (still CET) and 03:00 (already CEST), one minute apart in UTC', () => {
      expect(zonedInputToUtc('2026-03-29', '01:59', BERLIN)).toEqual({ kind: 'ok', utc: '2026-03-29T00:59:00.000Z' });
      expect(zonedInputToUtc('2026-03-29', '03:00', BERLIN)).toEqual({ kind: 'ok', utc: '2026-03-29T01:00:00.000Z' });
    });
  });

  describe('2026-10-25, clocks go back 03:00 -> 02:00', () => {
    it('offers both 02:30s, the summer-time one first', () => {
      const result = zonedInputToUtc('2026-10-25', '02:30', BERLIN);
      expect(result.kind).toBe('ambiguous');
      if (result.kind !== 'ambiguous') return;
      const [first, second] = result.options;
      expect(first.utc).toBe('2026-10-25T00:30:00.000Z');
      expect(first.label).toBe('first (CEST, UTC+2)');
      expect(first.labelDe).toBe('erste (MESZ, UTC+2)');
      expect(second.utc).toBe('2026-10-25T01:30:00.000Z');
      expect(second.label).toBe('second (CET, UTC+1)');
      expect(second.labelDe).toBe('zweite (MEZ, UTC+1)');
      expect(result.message.en).toContain('twice');
    });

    it('is unambiguous just outside the repeated hour', () => {
      expect(zonedInputToUtc('2026-10-25', '01:59', BERLIN)).toEqual({ kind: 'ok', utc: '2026-10-24T23:59:00.000Z' });
      expect(zonedInputToUtc('2026-10-25', '03:00', BERLIN)).toEqual({ kind: 'ok', utc: '2026-10-25T02:00:00.000Z' });
    });
  });

  it('honours a configured zone other than Berlin', () => {
    expect(zonedInputToUtc('2026-07-01', '12:00', 'America/New_York')).toEqual({ kind: 'ok', utc: '2026-07-01T16:00:00.000Z' });
    expect(zonedInputToUtc('2026-03-08', '02:30', 'America/New_York').kind).toBe('gap');
    expect(zonedInputToUtc('2026-03-29', '02:30', 'UTC')).toEqual({ kind: 'ok', utc: '2026-03-29T02:30:00.000Z' });
  });

  it('finds half-hour clock changes to the minute (Lord Howe goes back 30 minutes)', () => {
    const result = zonedInputToUtc('2026-04-05', '01:45', 'Australia/Lord_Howe');
    expect(result.kind).toBe('ambiguous');
  });

  it('reports malformed dates, times and zones instead of guessing', () => {
    expect(zonedInputToUtc('2026-02-30', '10:00', BERLIN).kind).toBe('invalid');
    expect(zonedInputToUtc('2026-02-10', '24:00', BERLIN).kind).toBe('invalid');
    expect(zonedInputToUtc('10.02.2026', '10:00', BERLIN).kind).toBe('invalid');
    expect(zonedInputToUtc('2026-02-10', '10:00', 'Mars/Olympus').kind).toBe('invalid');
  });
});
