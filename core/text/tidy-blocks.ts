import { BLOCK_NODES, type BodyNode } from '../article/body-schema';
import { tidyInlineSpaces, type OpenEnds } from './block-whitespace';

/**
 * Pasted blocks without what a reader could see removed: empty paragraphs and headings (a
 * heading that held only an image, Word's "<p>&nbsp;</p>" spacers), line breaks at a block's
 * ends, lists, quotes and tables left with nothing in them. Table cells keep their paragraph:
 * an empty cell is part of the grid. `open` says which ends stay open to the text pasted into.
 */
const TEXTBLOCKS = new Set(Object.entries(BLOCK_NODES).filter(([, s]) => s.content === 'inline').map(([t]) => t));
const LEAVES = new Set(Object.entries(BLOCK_NODES).filter(([, s]) => s.content === 'none').map(([t]) => t));
const CELLS = new Set(['tableCell', 'tableHeader']);

// Only spaces are no text: a paste of "<p>&nbsp;</p>" (Word's spacer) brings nothing.
const hasText = (node: BodyNode): boolean => (node.content ?? []).some((c) => c.type === 'text' && /[^\s\u00a0]/.test(c.text ?? ''));

function tidyTextblock(node: BodyNode, open: OpenEnds): BodyNode | null {
  let inline = tidyInlineSpaces(node.content ?? [], open);
  // Line breaks at a block's ends are spacing (Google Docs' and web pages' trailing <br>).
  while (inline[0]?.type === 'hardBreak') inline = tidyInlineSpaces(inline.slice(1), open);
  while (inline[inline.length - 1]?.type === 'hardBreak') inline = tidyInlineSpaces(inline.slice(0, -1), open);
  const { content: _old, ...rest } = node;
  const tidied = inline.length ? { ...rest, content: inline } : rest;
  return hasText(tidied) ? tidied : null;
}

function tidyNode(node: BodyNode, open: OpenEnds, inCell: boolean): BodyNode | null {
  if (TEXTBLOCKS.has(node.type)) {
    const tidied = tidyTextblock(node, open);
    // A cell's paragraph must stay: an empty cell is part of the grid.
    if (tidied || inCell) return tidied ?? { type: node.type, ...(node.attrs ? { attrs: node.attrs } : {}) };
    return null;
  }
  if (LEAVES.has(node.type)) return node;
  const content = tidyBlocks(node.content ?? [], open, CELLS.has(node.type));
  if (CELLS.has(node.type)) return { ...node, content: content.length ? content : [{ type: 'paragraph' }] };
  if (node.type === 'table' && !content.some((row) => (row.content ?? []).some((cell) => (cell.content ?? []).some(hasText)))) return null;
  if (content.length === 0) return null;
  if (node.type === 'bulletList' || node.type === 'orderedList') {
    const items = liftHeadlessItems(content);
    return items.length ? { ...node, content: items } : null;
  }
  return { ...node, content };
}

/**
 * A list item must start with a paragraph. One whose text went but which holds a sub-list
 * ("<li><ul>…</ul></li>", a level skipped in Word) joins the item before it, or when it is the
 * first, its blocks' items take its place one level up.
 */
function liftHeadlessItems(items: readonly BodyNode[]): BodyNode[] {
  const out: BodyNode[] = [];
  for (const item of items) {
    const content = item.content ?? [];
    if (item.type !== 'listItem' || content[0]?.type === 'paragraph') {
      out.push(item);
      continue;
    }
    const prev = out[out.length - 1];
    if (prev) out[out.length - 1] = { ...prev, content: [...(prev.content ?? []), ...content] };
    else for (const block of content) out.push(...(block.type === 'bulletList' || block.type === 'orderedList' ? (block.content ?? []) : [{ type: 'listItem', content: [block] }]));
  }
  return out.filter((item) => item.type !== 'listItem' || item.content?.[0]?.type === 'paragraph');
}

export function tidyBlocks(nodes: readonly BodyNode[], open: OpenEnds = { start: false, end: false }, inCell = false): BodyNode[] {
  const out: BodyNode[] = [];
  nodes.forEach((node, i) => {
    const edges = { start: open.start && i === 0, end: open.end && i === nodes.length - 1 };
    const tidied = tidyNode(node, edges, inCell);
    if (tidied) out.push(tidied);
  });
  return out;
}
