import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../../../../core/article/body-schema';
import { tidyBlocks } from '../../../../core/text/tidy-blocks';

const p = (text?: string): BodyNode => (text === undefined ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text }] });
const li = (...content: BodyNode[]): BodyNode => ({ type: 'listItem', content });
const ul = (...items: BodyNode[]): BodyNode => ({ type: 'bulletList', content: items });

describe('tidying pasted blocks', () => {
  it('drops empty paragraphs and headings, spacer paragraphs and line breaks at block ends', () => {
    const out = tidyBlocks([p(), { type: 'heading', attrs: { level: 2 } }, p('\u00a0'), { type: 'paragraph', content: [{ type: 'text', text: 'Text' }, { type: 'hardBreak' }, { type: 'hardBreak' }] }]);
    expect(out).toEqual([p('Text')]);
  });

  it('drops lists, items and quotes left empty, keeps figures and rules', () => {
    const hr: BodyNode = { type: 'horizontalRule' };
    expect(tidyBlocks([ul(li(p())), { type: 'blockquote', content: [p(' ')] }, hr])).toEqual([hr]);
  });

  it('joins an item that holds only a sub-list to the item before, or lifts it when first', () => {
    expect(tidyBlocks([ul(li(p('eins')), li(p(), ul(li(p('eins-a')))))])).toEqual([ul(li(p('eins'), ul(li(p('eins-a')))))]);
    expect(tidyBlocks([ul(li(p(), ul(li(p('a')), li(p('b')))))])).toEqual([ul(li(p('a')), li(p('b')))]);
  });

  it('keeps an empty cell (part of the grid) but drops a table with no text at all', () => {
    const cell = (c: BodyNode): BodyNode => ({ type: 'tableCell', attrs: { colspan: 1, rowspan: 1 }, content: [c] });
    const table = (...cells: BodyNode[]): BodyNode => ({ type: 'table', content: [{ type: 'tableRow', content: cells }] });
    expect(tidyBlocks([table(cell(p('CDU')), cell(p()))])).toEqual([table(cell(p('CDU')), cell(p()))]);
    expect(tidyBlocks([table(cell(p()), cell(p(' ')))])).toEqual([]);
  });
});
