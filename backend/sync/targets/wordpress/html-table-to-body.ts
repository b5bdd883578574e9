import type { BodyNode } from '../../../../core/article/body-schema';
import type { HtmlElement, HtmlNode } from './html-to-body';

/**
 * A post's <table> (ours, or Gutenberg's table block) read back as the body's table node. A cell
 * holds paragraphs only: headings in it become paragraphs, list items one paragraph each, other
 * blocks are left out. Spans are kept when they are whole numbers from 1 to 50.
 */
type ReadBlocks = (nodes: readonly HtmlNode[]) => BodyNode[];

const isElement = (n: HtmlNode): n is HtmlElement => n.type === 'element';
const span = (raw: string | undefined): number => {
  const n = Number.parseInt(raw ?? '', 10);
  return Number.isInteger(n) && n >= 1 && n <= 50 ? n : 1;
};

function asParagraphs(nodes: readonly BodyNode[]): BodyNode[] {
  const out: BodyNode[] = [];
  for (const node of nodes) {
    if (node.type === 'paragraph') out.push(node);
    else if (node.type === 'heading') out.push(node.content ? { type: 'paragraph', content: node.content } : { type: 'paragraph' });
    else if (node.type === 'bulletList' || node.type === 'orderedList') for (const item of node.content ?? []) out.push(...asParagraphs(item.content ?? []));
  }
  return out;
}

function rowsOf(el: HtmlElement): HtmlElement[] {
  return el.children.filter(isElement).flatMap((c) => (c.name === 'tr' ? [c] : ['thead', 'tbody', 'tfoot'].includes(c.name) ? rowsOf(c) : []));
}

export function tableNode(table: HtmlElement, readBlocks: ReadBlocks): BodyNode | null {
  const rows: BodyNode[] = [];
  for (const tr of rowsOf(table)) {
    const cells = tr.children.filter(isElement).filter((c) => c.name === 'td' || c.name === 'th');
    if (cells.length === 0) continue;
    rows.push({
      type: 'tableRow',
      content: cells.map((cell) => {
        const content = asParagraphs(readBlocks(cell.children));
        return { type: cell.name === 'th' ? 'tableHeader' : 'tableCell', attrs: { colspan: span(cell.attrs.colspan), rowspan: span(cell.attrs.rowspan) }, content: content.length ? content : [{ type: 'paragraph' }] };
      }),
    });
  }
  return rows.length ? { type: 'table', content: rows } : null;
}
