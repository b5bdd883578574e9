import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugSchema } from '../../../../core/article/article';
import { FALLBACK_SLUG, SLUG_MAX_LENGTH, SLUG_PATTERN, isUniqueSlugOf, slugify, uniqueSlug, uniqueSlugPrefix } from '../../../../core/article/slug';

/**
 * A headline whose slug is exactly 80 characters with a hyphen at the 78th: numbering it by
 * cutting to 78 characters and appending "-2" used to give "…-ende--2", which the schema refuses.
 */
const HYPHEN_AT_78 = "Bundesregierung beschließt umfassende Reform der Pflegeversicherung bis Ende '26";

const valid = (slug: string) => slugSchema.safeParse(slug).success && slug !== '' && slug.length <= SLUG_MAX_LENGTH;

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

  it('regression: an 80-character slug with a hyphen at the 78th character numbers to a valid slug', () => {
    const base = slugify(HYPHEN_AT_78);
    expect(base).toHaveLength(SLUG_MAX_LENGTH);
    expect(base[77]).toBe('-');
    const second = uniqueSlug(base, new Set([base]));
    expect(second).toBe('bundesregierung-beschliesst-umfassende-reform-der-pflegeversicherung-bis-ende-2');
    expect(slugSchema.safeParse(second).success).toBe(true);
    // Further numbers cut deeper; every one of them stays valid and distinct.
    const taken = new Set([base]);
    for (let i = 0; i < 120; i++) {
      const next = uniqueSlug(base, taken);
      expect(valid(next), next).toBe(true);
      expect(taken.has(next)).toBe(false);
      taken.add(next);
    }
  });

  it('regression: a cut that lands right after a hyphen loses the hyphen, for two-digit numbers too', () => {
    // Hyphen at index 76: "-10" leaves room for 77 characters, the last of which is that hyphen.
    const base = `${'a'.repeat(76)}-bcd`;
    const taken = new Set([base]);
    for (let n = 2; n <= 9; n++) taken.add(uniqueSlug(base, taken));
    const tenth = uniqueSlug(base, taken);
    expect(tenth).toBe(`${'a'.repeat(76)}-10`);
    expect(valid(tenth), tenth).toBe(true);
  });

  it('every numbered form starts with the lookup prefix, also when the number cuts the root', () => {
    const base = slugify(HYPHEN_AT_78);
    const taken = new Set([base]);
    for (let i = 0; i < 30; i++) taken.add(uniqueSlug(base, taken));
    for (const slug of taken) expect(slug.startsWith(uniqueSlugPrefix(base)), slug).toBe(true);
  });

  it('never returns an empty slug', () => {
    expect(uniqueSlug('', new Set())).toBe(FALLBACK_SLUG);
    expect(uniqueSlug('', new Set([FALLBACK_SLUG]))).toBe(`${FALLBACK_SLUG}-2`);
    expect(uniqueSlug('---', new Set())).toBe(FALLBACK_SLUG);
  });

  it('makes any base valid, even one that is not a slug yet', () => {
    expect(uniqueSlug('Über uns', new Set())).toBe('ueber-uns');
    expect(uniqueSlug('a--b-', new Set(['a-b']))).toBe('a-b-2');
  });
});

// --- Property tests: derived unique slugs always pass the schema ---------------------------

const GERMAN_WORDS = [
  'Übernahme', 'Größte', 'Straßenbahn', 'Köln', 'Äpfel', 'Öl', 'Fußball', 'ẞ', 'über', 'Bürgermeisterwahl',
  'Schließung', 'Maßnahmen', 'Grüße', 'Zölle', 'Bundesverfassungsgericht', 'Pflegeversicherung', 'Ende', 'en', 'le',
  'a', 'b', '2025', '26', 'z', 'Ärzte', 'Öffentlich-rechtlich', 'Ü', 'ß', 'x',
];
const SEPARATORS = [' ', '-', '--', ' - ', ' – ', '  ', ', ', '! ', '?', '„', '“', '&', '/', '.', ':', "'", '\t', '_', '·'];

/** Headlines of German words with umlauts and ß, hyphens, spaces and punctuation, up to ~300 characters. */
const germanHeadline = fc
  .array(fc.tuple(fc.constantFrom(...GERMAN_WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
  .map((parts) => parts.map(([w, s]) => w + s).join('').slice(0, 300));

/** Slugs of exactly 80 characters or more whose hyphens fall near the cut (positions 74–79). */
const hyphenNearCut = fc
  .tuple(fc.integer({ min: 70, max: 79 }), fc.stringMatching(/^[a-z0-9]{1,8}$/), fc.stringMatching(/^[a-z]{1,3}( [a-z]{1,3}){0,3}$/))
  .map(([at, tail, more]) => `${'a'.repeat(at)} ${tail} ${more}`.slice(0, 300));

const headline = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  germanHeadline,
  hyphenNearCut,
  fc.constant(HYPHEN_AT_78),
  fc.constantFrom('', ' ', '---', '&', '!!!', 'ẞ'),
);

/** The forms uniqueSlug could produce or that could be lying around: numbered, cut, cut with a stray hyphen. */
function nearbySlugs(base: string): string[] {
  const root = base || FALLBACK_SLUG;
  const out = [root, `${root}-2`, `${root}-3`];
  for (let n = 2; n <= 40; n++) {
    const suffix = `-${n}`;
    const cut = root.slice(0, SLUG_MAX_LENGTH - suffix.length);
    out.push(`${cut.replace(/-+$/, '')}${suffix}`, `${cut}${suffix}`, `${root}${suffix}`.slice(0, SLUG_MAX_LENGTH));
  }
  return [...new Set(out)];
}

/** Other articles' slugs (built once: a regex arbitrary is costly to build). */
const otherSlugs = fc.array(fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/), { maxLength: 5 });

const headlineAndTaken = fc
  .tuple(
    headline.chain((text) => fc.tuple(fc.constant(text), fc.subarray(nearbySlugs(slugify(text))))),
    otherSlugs,
  )
  .map(([[text, near], other]) => ({ text, taken: new Set([...near, ...other]) }));

describe('uniqueSlug properties', () => {
  it('always returns a valid slug, not taken, for any headline and any taken set', () => {
    fc.assert(
      fc.property(headlineAndTaken, ({ text, taken }) => {
        const slug = uniqueSlug(slugify(text), taken);
        expect(slugSchema.safeParse(slug).success, slug).toBe(true);
        expect(slug).not.toBe('');
        expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
        expect(taken.has(slug)).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('is stable: the same input gives the same slug, and a result passed back in is kept', () => {
    fc.assert(
      fc.property(headlineAndTaken, ({ text, taken }) => {
        const slug = uniqueSlug(slugify(text), taken);
        expect(uniqueSlug(slugify(text), new Set(taken))).toBe(slug);
        expect(uniqueSlug(slug, taken)).toBe(slug);
        expect(isUniqueSlugOf(slug, text)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives every article with the same headline its own valid slug', () => {
    fc.assert(
      fc.property(headline, fc.integer({ min: 2, max: 25 }), (text, articles) => {
        const taken = new Set<string>();
        for (let i = 0; i < articles; i++) {
          const slug = uniqueSlug(slugify(text), taken);
          expect(valid(slug), slug).toBe(true);
          expect(taken.has(slug)).toBe(false);
          taken.add(slug);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('slugify is idempotent, so a valid slug is its own base', () => {
    fc.assert(
      fc.property(headline, (text) => {
        const slug = slugify(text);
        expect(slugify(slug)).toBe(slug);
      }),
    );
  });
});

describe('isUniqueSlugOf', () => {
  it('knows the derived slug and its numbered forms, also for headlines ending in a number', () => {
    expect(isUniqueSlugOf('wahl-2025', 'Wahl 2025')).toBe(true);
    expect(isUniqueSlugOf('wahl-2025-2', 'Wahl 2025')).toBe(true);
    expect(isUniqueSlugOf('wahl', 'Wahl 2025')).toBe(false);
    expect(isUniqueSlugOf('wahl-2', 'Wahl')).toBe(true);
    expect(isUniqueSlugOf('wahl-1', 'Wahl')).toBe(false);
    expect(isUniqueSlugOf('mein-eigener-slug', 'Wahl')).toBe(false);
    expect(isUniqueSlugOf(FALLBACK_SLUG, '')).toBe(true);
  });

  it('knows the cut numbered forms of a long headline', () => {
    const base = slugify(HYPHEN_AT_78);
    const second = uniqueSlug(base, new Set([base]));
    expect(second.startsWith(base)).toBe(false);
    expect(isUniqueSlugOf(second, HYPHEN_AT_78)).toBe(true);
  });
});
