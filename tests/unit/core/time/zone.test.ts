import { describe, expect, it } from 'vitest';
import { formatUtcOffset, isValidTimeZone, offsetMinutesAt } from '../../../../core/time/zone';

describe('time zone helpers', () => {
  it('knows real IANA zones and rejects made-up ones', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Europe/Atlantis')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(() => offsetMinutesAt('Europe/Atlantis', 0)).toThrow(RangeError);
  });

  it('writes offsets as the UI shows them', () => {
    expect(formatUtcOffset(120)).toBe('UTC+2');
    expect(formatUtcOffset(-240)).toBe('UTC-4');
    expect(formatUtcOffset(330)).toBe('UTC+5:30');
    expect(formatUtcOffset(0)).toBe('UTC');
  });
});
