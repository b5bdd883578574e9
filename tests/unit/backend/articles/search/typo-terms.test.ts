import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneEditAway, withinOneEdit } from '../../../../../backend/articles/search/typo-terms';

const letters = [...'abcdefghijklmnopqrstuvwxyzß0123456789'];
const folded = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 16 }).map((a) => a.join(''));
/** A word with one random edit: a letter left out, added, changed, or two neighbours swapped. */
const edited = fc.tuple(folded, fc.nat(), fc.constantFrom(...letters), fc.integer({ min: 0, max: 3 })).map(([w, at, c, kind]) => {
  const chars = [...w];
  const i = at % chars.length;
  if (kind === 0) chars.splice(i, 1);
  else if (kind === 1) chars.splice(i, 0, c);
  else if (kind === 2) chars[i] = c;
  else if (i + 1 < chars.length) [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
  return { word: w, typo: chars.join('') };
});

describe('one edit apart', () => {
  it('accepts a letter left out, added, changed or two swapped, anywhere in the word', () => {
    for (const typo of ['bundesregirung', 'bundesregierrung', 'bundesregiezung', 'bundesregeirung', 'undesregierung', 'bundesregierun', 'ubndesregierung']) {
      expect(withinOneEdit(typo, 'bundesregierung'), typo).toBe(true);
      expect(withinOneEdit('bundesregierung', typo), typo).toBe(true);
      expect(oneEditAway(typo).has('bundesregierung'), typo).toBe(true);
    }
  });

  it('refuses two edits', () => {
    for (const far of ['bundesregrung', 'bundesreegiirung', 'bnudesregeirung', 'landesregierung2']) {
      expect(withinOneEdit(far, 'bundesregierung'), far).toBe(false);
      expect(oneEditAway(far).has('bundesregierung'), far).toBe(false);
    }
  });

  it('property: the candidates looked up for a typo include the word it came from, and all are one edit away', () => {
    fc.assert(
      fc.property(edited, ({ word, typo }) => {
        const candidates = oneEditAway(typo);
        expect(candidates.has(typo)).toBe(false);
        if (typo !== word) expect(candidates.has(word)).toBe(true);
        for (const c of [...candidates].slice(0, 60)) expect(withinOneEdit(c, typo)).toBe(true);
      }),
    );
  });
});
