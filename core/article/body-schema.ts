import { z } from 'zod';
import { LINK_HREF_MAX_LENGTH, normalizeLinkHref } from './links';

/**
 * The body editor's schema as data (after the Guardian's approach): every node and mark the
 * body may contain, with the attributes each carries. The Tiptap editor, the zod validation,
 * paste cleaning and the page renderer are all derived from or checked against this one table.
 * Bump BODY_SCHEMA_VERSION and add a store migration when a node or attribute changes meaning.
 */
export const BODY_SCHEMA_VERSION = 1 as const;

export const BLOCK_NODES = {
  paragraph: { content: 'inline', attrs: [] },
  heading: { content: 'inline', attrs: ['level'] },
  bulletList: { content: 'listItem', attrs: [] },
  orderedList: { content: 'listItem', attrs: ['start'] },
  listItem: { content: 'block', attrs: [] },
  blockquote: { content: 'block', attrs: ['attribution'] },
  figure: { content: 'none', attrs: ['src', 'mediaId', 'alt', 'caption', 'credit'] },
  adSlot: { content: 'none', attrs: ['slotId', 'size'] },
  horizontalRule: { content: 'none', attrs: [] },
  // Tables for results and figures (elections, sports): rows of cells, each cell paragraphs.
  table: { content: 'tableRow', attrs: [] },
  tableRow: { content: 'tableCell', attrs: [] },
  tableHeader: { content: 'paragraph', attrs: ['colspan', 'rowspan'] },
  tableCell: { content: 'paragraph', attrs: ['colspan', 'rowspan'] },
} as const;

/** The children a table part may hold (the editor's content expressions, checked on every body). */
const TABLE_CHILDREN: Record<string, readonly string[]> = {
  table: ['tableRow'],
  tableRow: ['tableHeader', 'tableCell'],
  tableHeader: ['paragraph'],
  tableCell: ['paragraph'],
};
const TABLE_PARTS = new Set(['tableRow', 'tableHeader', 'tableCell']);

export const INLINE_NODES = { text: {}, hardBreak: {} } as const;
export const MARKS = { bold: [], italic: [], link: ['href'] } as const;

export type BlockNodeType = keyof typeof BLOCK_NODES;
export type MarkType = keyof typeof MARKS;

export const HEADING_LEVELS = [2, 3] as const;
export const MAX_BODY_DEPTH = 12;

const markSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }).strict(),
  z.object({ type: z.literal('italic') }).strict(),
  z.object({ type: z.literal('link'), attrs: z.object({ href: z.string().max(LINK_HREF_MAX_LENGTH) }).passthrough() }),
]);

export type BodyMark = z.infer<typeof markSchema>;

/** A ProseMirror JSON node. Structure is checked by `validateBodyNode` below. */
export interface BodyNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: BodyNode[];
  text?: string;
  marks?: BodyMark[];
}

export interface BodyDoc {
  type: 'doc';
  content: BodyNode[];
}

/**
 * The marks of a node with every link target cleaned by normalizeLinkHref (core/article/links,
 * the rule the editor and the checklist use too): a target it cleans keeps its link, one it
 * refuses (javascript:, a relative path, "java\tscript:") loses the link and keeps the text, as
 * the page renderer does. So no stored body carries a control character in a link target.
 */
function cleanLinkMarks(node: BodyNode): BodyNode {
  if (!node.marks?.some((m) => m.type === 'link')) return node;
  const marks: BodyMark[] = [];
  for (const mark of node.marks) {
    if (mark.type !== 'link') marks.push(mark);
    else {
      const href = normalizeLinkHref(mark.attrs.href);
      if (href !== null) marks.push(href === mark.attrs.href ? mark : { ...mark, attrs: { ...mark.attrs, href } });
    }
  }
  const { marks: _dropped, ...rest } = node;
  return marks.length > 0 ? { ...rest, marks } : rest;
}

const nodeShape: z.ZodType<BodyNode> = z.lazy(() =>
  z
    .object({
      type: z.string().min(1).max(40),
      attrs: z.record(z.string(), z.unknown()).optional(),
      content: z.array(nodeShape).max(20_000).optional(),
      text: z.string().max(200_000).optional(),
      marks: z.array(markSchema).max(10).optional(),
    })
    .transform(cleanLinkMarks),
);

const allowedTypes = new Set<string>([...Object.keys(BLOCK_NODES), ...Object.keys(INLINE_NODES)]);

function checkNode(node: BodyNode, depth: number, path: string, issues: string[]): void {
  if (depth === 1 && TABLE_PARTS.has(node.type)) issues.push(`${path}: "${node.type}" outside a table`);
  if (depth > MAX_BODY_DEPTH) {
    issues.push(`${path}: nested too deeply`);
    return;
  }
  if (!allowedTypes.has(node.type)) issues.push(`${path}: unknown node type "${node.type}"`);
  if (node.type === 'text' && typeof node.text !== 'string') issues.push(`${path}: text node without text`);
  if (node.type === 'heading') {
    const level = node.attrs?.level;
    if (!HEADING_LEVELS.includes(level as 2 | 3)) issues.push(`${path}: heading level must be 2 or 3`);
  }
  const allowed = TABLE_CHILDREN[node.type];
  node.content?.forEach((child, i) => {
    if (allowed && !allowed.includes(child.type)) issues.push(`${path}.${i}: a ${node.type} cannot hold "${child.type}"`);
    else if (!allowed && TABLE_PARTS.has(child.type)) issues.push(`${path}.${i}: "${child.type}" outside a table`);
    checkNode(child, depth + 1, `${path}.${i}`, issues);
  });
}

/** zod schema of a body document: shape plus the node vocabulary of BLOCK_NODES/INLINE_NODES. */
export const bodyDocSchema: z.ZodType<BodyDoc> = z
  .object({ type: z.literal('doc'), content: z.array(nodeShape).max(20_000) })
  .superRefine((doc, ctx) => {
    const issues: string[] = [];
    doc.content.forEach((n, i) => checkNode(n, 1, `body.${i}`, issues));
    for (const message of issues.slice(0, 5)) ctx.addIssue({ code: 'custom', message });
  }) as z.ZodType<BodyDoc>;

export const emptyBody = (): BodyDoc => ({ type: 'doc', content: [{ type: 'paragraph' }] });
