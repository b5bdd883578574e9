import { describe, expect, it } from 'vitest';
import { formatDate, pickUiLanguage, translations } from '../../../../renderer/src/i18n/setup';

const keys = (obj: object, prefix = ''): string[] =>
  Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('UI language', () => {
  it('COPYDESK_LANG wins, then the choice in the app, then the system language', () => {
    expect(pickUiLanguage('en', 'de', 'de-DE')).toBe('en');
    expect(pickUiLanguage(null, 'de', 'en-US')).toBe('de');
    expect(pickUiLanguage(null, 'system', 'de-AT')).toBe('de');
    expect(pickUiLanguage(null, 'system', 'fr-FR')).toBe('en');
  });

  it('German and English have the same keys in every feature', () => {
    expect(keys(translations.de!).sort()).toEqual(keys(translations.en!).sort());
    expect(keys(translations.en!).length).toBeGreaterThan(100);
  });

  it('writes German dates as 26.08.2016', () => {
    expect(formatDate('2016-08-26T10:00:00Z', 'de')).toBe('26.08.2016');
    expect(formatDate('2016-08-26T10:00:00Z', 'en')).toBe('26/08/2016');
  });
});
