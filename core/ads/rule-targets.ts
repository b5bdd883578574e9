import type { BlockInfo } from './body-blocks';
import type { SlotPosition } from './model';

/** Most targets one repeating rule may produce; keeps pathological inputs cheap. */
const MAX_TARGETS = 200;

/**
 * Block indexes a body rule aims at, in order: the block after which the ad would ideally
 * go. The engine then moves each target forward to the first allowed position.
 */
export function ruleTargets(position: SlotPosition, blocks: readonly BlockInfo[]): number[] {
  const paragraphEnds: number[] = [];
  for (const b of blocks) if (b.isParagraph) paragraphEnds.push(b.index);
  switch (position.kind) {
    case 'afterParagraph': {
      const at = paragraphEnds[position.paragraph - 1];
      return at === undefined ? [] : [at];
    }
    case 'everyParagraphs': {
      const out: number[] = [];
      for (let n = position.paragraphs; n <= paragraphEnds.length && out.length < MAX_TARGETS; n += position.paragraphs) {
        out.push(paragraphEnds[n - 1] as number);
      }
      return out;
    }
    case 'everyWords': {
      const out: number[] = [];
      let words = 0;
      let next = position.words;
      for (const b of blocks) {
        words += b.words;
        if (words >= next && out.length < MAX_TARGETS) {
          out.push(b.index);
          while (next <= words) next += position.words;
        }
      }
      return out;
    }
    default:
      return [];
  }
}
