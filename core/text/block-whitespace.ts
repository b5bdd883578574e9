import type { BodyNode } from '../article/body-schema';

/**
 * Spaces inside one textblock as a reader means them. Office and web pages pad with no-break
 * spaces (Word's "&nbsp;&nbsp;" for a wide gap, Google Docs' "&nbsp;" before a line end): a
 * run of spaces and no-break spaces becomes one ordinary space. A single no-break space between
 * two visible characters stays, as it is meant ("10\u00a0km", "Nr.\u00a05", "§\u00a03"). Spaces at
 * the block's ends and around a line break go, except at an end left open to the text the
 * block is pasted into.
 */
const SPACE = /[ \t\r\n\f\u00a0\u2007\u202f]/;
const BREAK = -1;

export interface OpenEnds {
  start: boolean;
  end: boolean;
}

export function tidyInlineSpaces(inline: readonly BodyNode[], open: OpenEnds = { start: false, end: false }): BodyNode[] {
  // Every character with the index of its node, so runs across mark boundaries count as one.
  const chars: { ch: string; owner: number }[] = [];
  inline.forEach((node, owner) => {
    if (node.type === 'text') for (const ch of node.text ?? '') chars.push({ ch, owner });
    else chars.push({ ch: '', owner: BREAK - owner });
  });
  const kept: string[][] = inline.map(() => []);
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    if (c.owner < 0 || !SPACE.test(c.ch)) {
      if (c.owner >= 0) kept[c.owner]!.push(c.ch);
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && chars[j]!.owner >= 0 && SPACE.test(chars[j]!.ch)) j++;
    const before = chars[i - 1];
    const after = chars[j];
    const atEdge = (!before && !open.start) || (!after && !open.end) || (before && before.owner < 0) || (after && after.owner < 0);
    if (!atEdge) kept[c.owner]!.push(j - i === 1 && c.ch === '\u00a0' && before && after ? '\u00a0' : ' ');
    i = j;
  }
  const out: BodyNode[] = [];
  inline.forEach((node, k) => {
    if (node.type !== 'text') out.push(node);
    else if (kept[k]!.length) out.push({ ...node, text: kept[k]!.join('') });
  });
  return out;
}
