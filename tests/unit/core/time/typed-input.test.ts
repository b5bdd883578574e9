import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInZone } from '../../../../core/time/format';
import { formatTypedDate, parseTypedDate, parseTypedTime, stepTypedDate, stepTypedTime } from '../../../../core/time/typed-input';

describe('typed dates', () => {
  it('reads German day.month.year and shows it that way', () => {
    expect(parseTypedDate('02.12.2026', 'de')).toBe('2026-12-02');
    expect(parseTypedDate('2.12.26', 'de')).toBe('2026-12-02');
    expect(formatTypedDate('2026-12-02', 'de')).toBe('02.12.2026');
  });

  it('reads British day/month/year in English: 03/04/2026 is 3 April', () => {
    expect(parseTypedDate('03/04/2026', 'en')).toBe('2026-04-03');
    expect(formatTypedDate('2026-04-03', 'en')).toBe('03/04/2026');
  });

  it('takes the ISO form in both languages and refuses dates that do not exist', () => {
    expect(parseTypedDate('2026-03-29', 'de')).toBe('2026-03-29');
    expect(parseTypedDate('2026-03-29', 'en')).toBe('2026-03-29');
    for (const bad of ['30.02.2026', '32.01.2026', '12/31/2026', 'morgen', '', '2026-02-30', '1.1']) {
      expect(parseTypedDate(bad, 'de'), bad).toBeNull();
      expect(parseTypedDate(bad, 'en'), bad).toBeNull();
    }
  });

  it('property: what is shown reads back as the same date in both languages', () => {
    const day = fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.constantFrom('de' as const, 'en' as const), (iso, lang) => {
        expect(parseTypedDate(formatTypedDate(iso, lang), lang)).toBe(iso);
      }),
    );
  });

  it('steps by day across month ends and by month to the last day', () => {
    expect(stepTypedDate('2026-12-31', 'day', 1)).toBe('2027-01-01');
    expect(stepTypedDate('2026-03-01', 'day', -1)).toBe('2026-02-28');
    expect(stepTypedDate('2026-01-31', 'month', 1)).toBe('2026-02-28');
    expect(stepTypedDate('2026-01-15', 'month', -1)).toBe('2025-12-15');
  });
});

describe('typed times', () => {
  it('always reads and writes the 24-hour clock', () => {
    expect(parseTypedTime('21:27', 'de')).toBe('21:27');
    expect(parseTypedTime('21.27 Uhr', 'de')).toBe('21:27');
    expect(parseTypedTime('2127', 'de')).toBe('21:27');
    expect(parseTypedTime('9', 'en')).toBe('09:00');
    expect(parseTypedTime('9:05', 'en')).toBe('09:05');
  });

  it('reads "9:27 pm" in English as 21:27, and refuses it in German', () => {
    expect(parseTypedTime('9:27 pm', 'en')).toBe('21:27');
    expect(parseTypedTime('12am', 'en')).toBe('00:00');
    expect(parseTypedTime('12 p.m.', 'en')).toBe('12:00');
    expect(parseTypedTime('9:27 pm', 'de')).toBeNull();
  });

  it('refuses times that do not exist', () => {
    for (const bad of ['24:00', '12:60', '13pm', 'abc', '', '1:2']) expect(parseTypedTime(bad, 'en'), bad).toBeNull();
  });

  it('steps around the dial', () => {
    expect(stepTypedTime('23:45', 15)).toBe('00:00');
    expect(stepTypedTime('00:10', -15)).toBe('23:55');
  });
});

describe('displayed dates (regression, issue 12)', () => {
  it('show German dates as 02.12.2026, 21:27 and English ones on the 24-hour clock', () => {
    expect(formatInZone('2026-12-02T20:27:00Z', 'Europe/Berlin', 'de', 'dateTime')).toBe('02.12.2026, 21:27');
    expect(formatInZone('2026-12-02T20:27:00Z', 'Europe/Berlin', 'en', 'dateTime')).toBe('2 Dec 2026, 21:27');
  });
});
