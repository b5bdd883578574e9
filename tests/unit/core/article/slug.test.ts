import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLUG_MAX_LENGTH, SLUG_PATTERN, slugify, uniqueSlug } from '../../../../core/article/slug';

describe('slugify', () => {
  it('transliterates German umlauts and ß', () => {
    expect(slugify('Übernahme')).toBe('uebernahme');
    expect(slugify('Größte Straßenbahn in Köln')).toBe('groesste-strassenbahn-in-koeln');
    expect(slugify('ÄÖÜ äöü ẞ')).toBe('aeoeue-aeoeue-ss');
  });

  it('folds other accents and drops punctuation', () => {
    expect(slugify('Café „Crème“ – 100 % Ärger!')).toBe('cafe-creme-100-aerger');
    expect(slugify('Bayern & Dortmund')).toBe('bayern-und-dortmund');
    expect(slugify('   ')).toBe('');
  });

  it('cuts long headlines at a word boundary', () => {
    const slug = slugify('Ein sehr langer Titel '.repeat(10));
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.startsWith('ein-sehr-langer-titel')).toBe(true);
  });

  it('always yields a valid slug or nothing, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const slug = slugify(text);
        expect(slug === '' || SLUG_PATTERN.test(slug)).toBe(true);
        expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
      }),
    );
  });
});

describe('uniqueSlug', () => {
  it('numbers a taken slug', () => {
    expect(uniqueSlug('wahl', new Set())).toBe('wahl');
    expect(uniqueSlug('wahl', new Set(['wahl']))).toBe('wahl-2');
    expect(uniqueSlug('wahl', new Set(['wahl', 'wahl-2']))).toBe('wahl-3');
  });

  it('stays within the length limit when numbering', () => {
    const long = 'a'.repeat(SLUG_MAX_LENGTH);
    const next = uniqueSlug(long, new Set([long]));
    expect(next.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(next.endsWith('-2')).toBe(true);
  });
});
