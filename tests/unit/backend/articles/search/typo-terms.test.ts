import { describe, expect, it } from 'vitest';
import { withinOneEdit } from '../../../../../backend/articles/search/typo-terms';

describe('one edit apart', () => {
  it('accepts a letter left out, added, changed or two swapped, anywhere in the word', () => {
    for (const typo of ['bundesregirung', 'bundesregierrung', 'bundesregiezung', 'bundesregeirung', 'undesregierung', 'bundesregierun', 'ubndesregierung']) {
      expect(withinOneEdit(typo, 'bundesregierung'), typo).toBe(true);
      expect(withinOneEdit('bundesregierung', typo), typo).toBe(true);
    }
  });

  it('refuses two edits', () => {
    for (const far of ['bundesregrung', 'bundesreegiirung', 'bnudesregeirung', 'landesregierung2']) expect(withinOneEdit(far, 'bundesregierung'), far).toBe(false);
  });
});
