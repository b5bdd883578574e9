/** Slug rules: German transliteration first (Übernahme -> uebernahme), then ASCII folding. */
const TRANSLITERATION: Record<string, string> = {
  ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue', ẞ: 'ss',
  æ: 'ae', ø: 'oe', å: 'aa', œ: 'oe', þ: 'th', ð: 'd', ł: 'l', đ: 'd',
};

export const SLUG_MAX_LENGTH = 80;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Turns any text into a URL slug: lowercase ASCII words joined by single hyphens. */
export function slugify(text: string): string {
  const transliterated = text.replace(/[äöüßÄÖÜẞæøåœþðłđ]/g, (ch) => TRANSLITERATION[ch] ?? ch);
  const folded = transliterated
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' und ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (folded.length <= SLUG_MAX_LENGTH) return folded;
  const cut = folded.slice(0, SLUG_MAX_LENGTH);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/g, '');
}

/** Returns `base` or the first free `base-2`, `base-3`, … not in `taken`. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  const root = base || 'artikel';
  if (!taken.has(root)) return root;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${root.slice(0, SLUG_MAX_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
