/** Slug rules: German transliteration first (Übernahme -> uebernahme), then ASCII folding. */
const TRANSLITERATION: Record<string, string> = {
  ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue', ẞ: 'ss',
  æ: 'ae', ø: 'oe', å: 'aa', œ: 'oe', þ: 'th', ð: 'd', ł: 'l', đ: 'd',
};

export const SLUG_MAX_LENGTH = 80;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slug used when a headline yields none (empty, or nothing but punctuation). */
export const FALLBACK_SLUG = 'artikel';

const trimHyphens = (s: string) => s.replace(/^-+|-+$/g, '');

/** Turns any text into a URL slug: lowercase ASCII words joined by single hyphens. */
export function slugify(text: string): string {
  const transliterated = text.replace(/[äöüßÄÖÜẞæøåœþðłđ]/g, (ch) => TRANSLITERATION[ch] ?? ch);
  const folded = trimHyphens(
    transliterated
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/&/g, ' und ')
      .replace(/[^a-z0-9]+/g, '-'),
  );
  if (folded.length <= SLUG_MAX_LENGTH) return folded;
  const cut = folded.slice(0, SLUG_MAX_LENGTH);
  const lastHyphen = cut.lastIndexOf('-');
  return trimHyphens(lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut);
}

/**
 * The `n`th numbered form of a (valid, non-empty) slug: `wahl-2`, `wahl-3`, … The root is cut
 * to leave room for the suffix and loses any hyphen the cut leaves at its end, so the result is
 * always a valid slug of at most SLUG_MAX_LENGTH characters.
 */
function numbered(root: string, n: number): string {
  const suffix = `-${n}`;
  return `${root.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
}

/** The slugs other articles hold, asked one at a time (a Set is one; the back end keeps an index). */
export interface SlugLookup {
  has(slug: string): boolean;
}

/** `base` as a valid slug: slugified (a valid slug stays as it is), FALLBACK_SLUG when that is empty. */
const rootOf = (base: string): string => slugify(base) || FALLBACK_SLUG;

/**
 * Returns `base` or the first free `base-2`, `base-3`, … not in `taken`. Always a valid,
 * non-empty slug of at most SLUG_MAX_LENGTH characters that is not in `taken`, whatever `base`
 * is (it is slugified first; an empty base becomes FALLBACK_SLUG). A result passed back in with
 * the same `taken` comes back unchanged.
 */
export function uniqueSlug(base: string, taken: SlugLookup): string {
  const root = rootOf(base);
  if (!taken.has(root)) return root;
  // Every candidate ends in its own number after the last hyphen, so they are all distinct
  // and at most taken.size of them can be taken: the loop ends.
  for (let n = 2; ; n++) {
    const candidate = numbered(root, n);
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * A prefix that every slug uniqueSlug may make of `base` starts with, its numbered forms cut to
 * make room for the number included (for a `LIKE 'prefix%'` lookup of the slugs taken).
 */
export function uniqueSlugPrefix(base: string): string {
  // The longest suffix the loop can reach is "-" and nine digits.
  return rootOf(base).slice(0, SLUG_MAX_LENGTH - 10).replace(/-+$/, '');
}

/**
 * True when `slug` is what uniqueSlug may have made of `base`: the base slug itself or one of
 * its numbered forms (also when the root was cut to make room for the number). Tells a slug that
 * still follows the headline from one the editor wrote, even for headlines ending in a number.
 */
export function isUniqueSlugOf(slug: string, base: string): boolean {
  const root = rootOf(base);
  if (slug === root) return true;
  const match = /-([1-9]\d{0,8})$/.exec(slug);
  if (!match) return false;
  const n = Number(match[1]);
  return n >= 2 && numbered(root, n) === slug;
}
