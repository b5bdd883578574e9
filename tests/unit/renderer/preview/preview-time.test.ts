import { describe, expect, it } from 'vitest';
import { readZonedFields, toZonedFields } from '../../../../renderer/src/preview/preview-time';

describe('preview time in the site zone', () => {
  it('shows a UTC instant as Berlin wall-clock time and reads it back', () => {
    expect(toZonedFields(new Date('2026-06-10T20:00:00Z'), 'Europe/Berlin')).toEqual({ date: '2026-06-10', time: '22:00' });
    expect(readZonedFields({ date: '2026-01-15', time: '14:00' }, 'Europe/Berlin')).toEqual({ at: new Date('2026-01-15T13:00:00Z'), note: null });
  });

  it('moves a time skipped by the spring clock change forward, with a note', () => {
    const r = readZonedFields({ date: '2026-03-29', time: '02:30' }, 'Europe/Berlin');
    expect(r.at?.toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(r.note?.en).toBeTruthy();
  });

  it('has no instant for an empty input', () => {
    expect(readZonedFields({ date: '', time: '10:00' }, 'Europe/Berlin').at).toBeNull();
  });
});
