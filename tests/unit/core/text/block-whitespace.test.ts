import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../../../../core/article/body-schema';
import { tidyInlineSpaces } from '../../../../core/text/block-whitespace';

const t = (text: string, bold = false): BodyNode => (bold ? { type: 'text', text, marks: [{ type: 'bold' }] } : { type: 'text', text });
const texts = (nodes: BodyNode[]) => nodes.map((n) => (n.type === 'text' ? n.text : '⏎'));

describe('spaces in a pasted text block', () => {
  it('turns runs of spaces and no-break spaces into one space, also across marks', () => {
    expect(texts(tidyInlineSpaces([t('Zwei\u00a0\u00a0 '), t('\u00a0Wörter', true)]))).toEqual(['Zwei ', 'Wörter']);
  });

  it('keeps a single no-break space between two characters ("10\u00a0km", "§\u00a03")', () => {
    expect(texts(tidyInlineSpaces([t('10\u00a0km und §\u00a03')]))).toEqual(['10\u00a0km und §\u00a03']);
  });

  it('drops spaces at closed ends and around a line break, keeps one at an end left open', () => {
    expect(texts(tidyInlineSpaces([t('\u00a0 Anfang '), { type: 'hardBreak' }, t(' Ende\u00a0')]))).toEqual(['Anfang', '⏎', 'Ende']);
    expect(texts(tidyInlineSpaces([t(' mitten im Satz ')], { start: true, end: true }))).toEqual([' mitten im Satz ']);
  });

  it('leaves a text node out when nothing of it is left', () => {
    expect(tidyInlineSpaces([t('Text'), t('\u00a0\u00a0', true)])).toEqual([t('Text')]);
  });
});
