import { MARKS, type BodyDoc, type BodyMark, type BodyNode } from '../../../../core/article/body-schema';
import { tableNode } from './html-table-to-body';
import { tokenizeHtml } from './html-text';

/** An element or text of the small tree built from post content. */
export type HtmlNode = { type: 'text'; text: string } | { type: 'comment'; text: string } | HtmlElement;
export interface HtmlElement {
  type: 'element';
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'source', 'wbr', 'area', 'col', 'embed', 'track']);
const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption', 'hr', 'section', 'article', 'aside', 'header', 'footer', 'table', 'pre']);
const MAX_DEPTH = 40;

/** Builds a tolerant tree: stray closing tags are ignored, unclosed ones end with their parent. */
export function parseHtmlTree(html: string): HtmlElement {
  const root: HtmlElement = { type: 'element', name: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  const top = () => stack[stack.length - 1] ?? root;
  for (const token of tokenizeHtml(html)) {
    if (token.kind === 'text') top().children.push({ type: 'text', text: token.text });
    else if (token.kind === 'comment') top().children.push({ type: 'comment', text: token.text });
    else if (token.kind === 'open') {
      // A block start closes an open paragraph, as browsers do.
      if (BLOCKS.has(token.name) && top().name === 'p') stack.pop();
      if (token.name === 'li' && top().name === 'li') stack.pop();
      const el: HtmlElement = { type: 'element', name: token.name, attrs: token.attrs, children: [] };
      top().children.push(el);
      if (!VOID.has(token.name) && !token.selfClosing && stack.length < MAX_DEPTH) stack.push(el);
    } else {
      const at = stack.map((e) => e.name).lastIndexOf(token.name);
      if (at > 0) stack.length = at;
    }
  }
  return root;
}

export const hasClass = (el: HtmlElement, cls: string): boolean => (el.attrs.class ?? '').split(/\s+/).includes(cls);

/** The text inside an element (no markup). */
export function elementText(node: HtmlNode): string {
  if (node.type === 'text') return node.text;
  if (node.type === 'comment') return '';
  if (node.name === 'br') return '\n';
  return node.children.map(elementText).join('');
}

export function findElement(node: HtmlElement, test: (el: HtmlElement) => boolean): HtmlElement | null {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const inner = findElement(child, test);
    if (inner) return inner;
  }
  return null;
}

/** How special comments and shortcodes read back into body nodes. */
export interface BodyReadOptions {
  /** An ad marker comment or shortcode as an adSlot node, or null when it is none. */
  adSlotFromComment(text: string): BodyNode | null;
  adSlotFromText(text: string): BodyNode | null;
  /** The local mediaId of an image URL, or null. */
  mediaIdForUrl(url: string): string | null;
  /** Elements to leave out entirely (e.g. the footer block). */
  skip(el: HtmlElement): boolean;
  imageCreditLabel: string;
}

type Marks = BodyMark[];

function inlineNodes(nodes: readonly HtmlNode[], marks: Marks, out: BodyNode[]): void {
  for (const node of nodes) {
    if (node.type === 'comment') continue;
    if (node.type === 'text') {
      if (node.text) out.push(marks.length ? { type: 'text', text: node.text, marks: [...marks] } : { type: 'text', text: node.text });
      continue;
    }
    const name = node.name;
    if (name === 'br') out.push({ type: 'hardBreak' });
    else if (name === 'strong' || name === 'b') inlineNodes(node.children, addMark(marks, { type: 'bold' }), out);
    else if (name === 'em' || name === 'i') inlineNodes(node.children, addMark(marks, { type: 'italic' }), out);
    else if (name === 'a' && node.attrs.href) inlineNodes(node.children, addMark(marks, { type: 'link', attrs: { href: node.attrs.href } }), out);
    else if (name !== 'img' && name !== 'script' && name !== 'style') inlineNodes(node.children, marks, out);
  }
}

const MARK_ORDER = Object.keys(MARKS);

/** Adds a mark, keeping the body schema's order of marks (bold, italic, link) whatever the HTML nesting. */
function addMark(marks: Marks, mark: BodyMark): Marks {
  if (marks.some((m) => m.type === mark.type)) return marks;
  return [...marks, mark].sort((x, y) => MARK_ORDER.indexOf(x.type) - MARK_ORDER.indexOf(y.type));
}

const sameMarks = (a: Marks | undefined, b: Marks | undefined): boolean => JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

function mergeText(nodes: BodyNode[]): BodyNode[] {
  const out: BodyNode[] = [];
  for (const node of nodes) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'text' && node.type === 'text' && sameMarks(prev.marks, node.marks)) {
      out[out.length - 1] = { ...prev, text: (prev.text ?? '') + (node.text ?? '') };
    } else out.push(node);
  }
  return out;
}

function inlineBlock(type: 'paragraph', children: readonly HtmlNode[]): BodyNode;
function inlineBlock(type: 'heading', children: readonly HtmlNode[], level: 2 | 3): BodyNode;
function inlineBlock(type: 'paragraph' | 'heading', children: readonly HtmlNode[], level?: 2 | 3): BodyNode {
  const content: BodyNode[] = [];
  inlineNodes(children, [], content);
  const merged = mergeText(content);
  const node: BodyNode = type === 'heading' ? { type, attrs: { level } } : { type };
  if (merged.length) node.content = merged;
  return node;
}

const isBlank = (nodes: readonly HtmlNode[]): boolean => nodes.every((n) => n.type === 'comment' || (n.type === 'text' && n.text.trim() === ''));

function figureNode(el: HtmlElement, opts: BodyReadOptions): BodyNode | null {
  const img = findElement(el, (e) => e.name === 'img');
  const captionEl = findElement(el, (e) => hasClass(e, 'caption'));
  const creditEl = findElement(el, (e) => hasClass(e, 'credit'));
  const figcaption = findElement(el, (e) => e.name === 'figcaption');
  let caption = captionEl ? elementText(captionEl) : '';
  let credit = creditEl ? elementText(creditEl) : '';
  if (!captionEl && !creditEl && figcaption) caption = elementText(figcaption);
  credit = credit.trim().startsWith(opts.imageCreditLabel) ? credit.trim().slice(opts.imageCreditLabel.length).trim() : credit.trim();
  caption = caption.trim();
  const src = img?.attrs.src ?? '';
  if (!src && !caption) return null;
  const mediaId = src ? opts.mediaIdForUrl(src) : null;
  return { type: 'figure', attrs: { src: mediaId ? null : src || null, mediaId, alt: img?.attrs.alt ?? '', caption, credit } };
}

function blockquoteNode(el: HtmlElement, attribution: string, opts: BodyReadOptions): BodyNode {
  const content = blockNodes(el.children, opts);
  return { type: 'blockquote', attrs: { attribution }, content: content.length ? content : [{ type: 'paragraph' }] };
}

function listNode(el: HtmlElement, opts: BodyReadOptions): BodyNode {
  const items: BodyNode[] = [];
  for (const child of el.children) {
    if (child.type !== 'element' || child.name !== 'li') continue;
    const content = blockNodes(child.children, opts);
    items.push({ type: 'listItem', content: content.length ? content : [{ type: 'paragraph' }] });
  }
  if (el.name === 'ol') {
    const start = Number.parseInt(el.attrs.start ?? '', 10);
    return { type: 'orderedList', attrs: { start: Number.isInteger(start) ? start : 1 }, content: items };
  }
  return { type: 'bulletList', content: items };
}

function blockNodes(nodes: readonly HtmlNode[], opts: BodyReadOptions): BodyNode[] {
  const out: BodyNode[] = [];
  let run: HtmlNode[] = [];
  // Loose text and inline elements between blocks: paragraphs split at blank lines (wpautop's rule).
  const flush = () => {
    if (isBlank(run)) {
      run = [];
      return;
    }
    const parts: HtmlNode[][] = [[]];
    for (const n of run) {
      if (n.type !== 'text' || !/\n\s*\n/.test(n.text)) {
        parts[parts.length - 1]?.push(n);
        continue;
      }
      n.text.split(/\n\s*\n/).forEach((piece, i) => {
        if (i > 0) parts.push([]);
        parts[parts.length - 1]?.push({ type: 'text', text: piece });
      });
    }
    for (const rawPart of parts) {
      const part = rawPart.filter((n) => n.type !== 'element' || (n.name !== 'script' && n.name !== 'style'));
      if (isBlank(part)) continue;
      const text = part.length === 1 && part[0]?.type === 'text' ? part[0].text.trim() : null;
      const ad = text !== null ? opts.adSlotFromText(text) : null;
      if (ad) out.push(ad);
      else {
        const trimmed = part.map((n, i) => (n.type === 'text' ? { ...n, text: i === 0 ? n.text.replace(/^\s+/, '') : i === part.length - 1 ? n.text.replace(/\s+$/, '') : n.text } : n));
        out.push(inlineBlock('paragraph', trimmed));
      }
    }
    run = [];
  };
  for (const node of nodes) {
    if (node.type === 'comment') {
      const ad = opts.adSlotFromComment(node.text);
      if (ad) {
        flush();
        out.push(ad);
      }
      continue;
    }
    if (node.type === 'text' || !BLOCKS.has(node.name)) {
      if (node.type === 'element' && opts.skip(node)) continue;
      run.push(node);
      continue;
    }
    flush();
    if (opts.skip(node)) continue;
    switch (node.name) {
      case 'p': {
        const text = elementText(node).trim();
        const ad = node.children.every((c) => c.type === 'text') ? opts.adSlotFromText(text) : null;
        if (ad) out.push(ad);
        else if (!isBlank(node.children) || node.children.some((c) => c.type === 'element' && c.name === 'br')) out.push(inlineBlock('paragraph', node.children));
        break;
      }
      case 'h1':
      case 'h2':
        out.push(inlineBlock('heading', node.children, 2));
        break;
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        out.push(inlineBlock('heading', node.children, 3));
        break;
      case 'ul':
      case 'ol':
        out.push(listNode(node, opts));
        break;
      case 'hr':
        out.push({ type: 'horizontalRule' });
        break;
      case 'blockquote':
        out.push(blockquoteNode(node, '', opts));
        break;
      case 'table': {
        const table = tableNode(node, (children) => blockNodes(children, opts));
        if (table) out.push(table);
        break;
      }
      case 'figure': {
        // Gutenberg's table block: <figure class="wp-block-table"><table>…</table><figcaption>.
        const innerTable = node.children.find((c): c is HtmlElement => c.type === 'element' && c.name === 'table');
        if (innerTable) {
          out.push(...blockNodes(node.children.filter((c) => c !== innerTable && !(c.type === 'element' && c.name === 'figcaption')), opts));
          const table = tableNode(innerTable, (children) => blockNodes(children, opts));
          if (table) out.push(table);
          const cap = findElement(node, (e) => e.name === 'figcaption');
          if (cap && elementText(cap).trim()) out.push(inlineBlock('paragraph', cap.children));
          break;
        }
        const quote = node.children.find((c): c is HtmlElement => c.type === 'element' && c.name === 'blockquote');
        if (quote) {
          const cap = findElement(node, (e) => e.name === 'figcaption');
          const attribution = cap ? elementText(cap).trim().replace(/^[—–-]\s*/, '') : '';
          out.push(blockquoteNode(quote, attribution, opts));
        } else {
          const fig = figureNode(node, opts);
          if (fig) out.push(fig);
        }
        break;
      }
      default:
        out.push(...blockNodes(node.children, opts));
    }
  }
  flush();
  return out;
}

/** Post content (HTML) as a body document of the editor's schema. */
export function htmlToBody(root: HtmlElement, opts: BodyReadOptions): BodyDoc {
  const content = blockNodes(root.children, opts);
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}
