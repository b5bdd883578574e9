import { describe, expect, it } from 'vitest';
import { scheduleFromZonedInput } from '../../../../core/workflow/schedule-input';

const BERLIN = 'Europe/Berlin';

describe('scheduleFromZonedInput', () => {
  it('stores Berlin times as UTC', () => {
    const result = scheduleFromZonedInput(
      { publishAt: { date: '2026-03-29', time: '06:00' }, embargoUntil: { date: '2026-03-29', time: '01:30' }, expireAt: { date: '2026-04-28', time: '06:00' } },
      BERLIN,
    );
    expect(result).toEqual({
      ok: true,
      schedule: { publishAt: '2026-03-29T04:00:00.000Z', embargoUntil: '2026-03-29T00:30:00.000Z', expireAt: '2026-04-28T04:00:00.000Z' },
    });
  });

  it('rejects 02:30 on 2026-03-29 with the explanation, on the field that has it', () => {
    const result = scheduleFromZonedInput({ publishAt: { date: '2026-03-29', time: '02:30' } }, BERLIN);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.publishAt?.kind).toBe('gap');
    expect(result.errors.publishAt?.message.de).toContain('vorgestellt');
  });

  it('asks which 02:30 on 2026-10-25 and takes the one the user picked', () => {
    const unpicked = scheduleFromZonedInput({ publishAt: { date: '2026-10-25', time: '02:30' } }, BERLIN);
    expect(unpicked.ok || unpicked.errors.publishAt?.options?.map((o) => o.label)).toEqual(['first (CEST, UTC+2)', 'second (CET, UTC+1)']);
    expect(scheduleFromZonedInput({ publishAt: { date: '2026-10-25', time: '02:30', occurrence: 'first' } }, BERLIN)).toEqual({
      ok: true,
      schedule: { publishAt: '2026-10-25T00:30:00.000Z' },
    });
    expect(scheduleFromZonedInput({ publishAt: { date: '2026-10-25', time: '02:30', occurrence: 'second' } }, BERLIN)).toEqual({
      ok: true,
      schedule: { publishAt: '2026-10-25T01:30:00.000Z' },
    });
  });

  it('reports times in the wrong order in both languages', () => {
    const result = scheduleFromZonedInput({ publishAt: { date: '2026-05-05', time: '08:00' }, expireAt: { date: '2026-05-05', time: '07:00' } }, BERLIN);
    expect(result).toEqual({
      ok: false,
      errors: {
        expireAt: {
          kind: 'order',
          message: { de: 'Das Ablaufdatum muss nach dem Veröffentlichungszeitpunkt liegen.', en: 'Expiry must come after the publish time.' },
        },
      },
    });
  });
});
