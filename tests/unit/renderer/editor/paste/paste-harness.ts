import { Editor, type JSONContent } from '@tiptap/core';
import { bodyExtensions } from '../../../../../renderer/src/editor/body-extensions';
import { cleanPastedHtml } from '../../../../../renderer/src/editor/paste-cleaning';

// jsdom has no ClipboardEvent; ProseMirror's pasteHTML only needs an event object to pass on.
if (!('ClipboardEvent' in globalThis)) {
  (globalThis as Record<string, unknown>).ClipboardEvent = class extends Event {
    clipboardData = null;
  };
}

let editor: Editor | null = null;

/** Pastes into an empty body editor set up as BodyEditor sets it up; returns the document. */
export function pasteIntoEmptyBody(html: string): JSONContent {
  // One editor for all pastes (building one per paste is most of the time); emptied each time.
  editor ??= new Editor({ extensions: bodyExtensions(), content: '', editorProps: { transformPastedHTML: cleanPastedHtml } });
  editor.commands.setContent('', { emitUpdate: false });
  editor.view.pasteHTML(html);
  const doc = editor.getJSON();
  // The empty paragraph the cursor stood in stays after pasted blocks (ProseMirror keeps it
  // for the cursor); it is the editor's, not the paste's.
  const last = doc.content?.[doc.content.length - 1];
  if ((doc.content?.length ?? 0) > 1 && last?.type === 'paragraph' && !last.content) doc.content = doc.content!.slice(0, -1);
  return doc;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');

function inline(node: JSONContent): string {
  if (node.type === 'hardBreak') return '<br>';
  let html = esc(node.text ?? '');
  for (const mark of [...(node.marks ?? [])].reverse()) {
    if (mark.type === 'bold') html = `<b>${html}</b>`;
    else if (mark.type === 'italic') html = `<i>${html}</i>`;
    else if (mark.type === 'link') html = `<a href="${esc(String(mark.attrs?.href))}">${html}</a>`;
    else html = `<${mark.type}>${html}</${mark.type}>`;
  }
  return html;
}

const TAGS: Record<string, string> = { paragraph: 'p', bulletList: 'ul', orderedList: 'ol', listItem: 'li', blockquote: 'blockquote', table: 'table', tableRow: 'tr', tableHeader: 'th', tableCell: 'td' };

/**
 * A document as short HTML for the fixtures' expected files: one tag per node, marks as b/i/a,
 * only the attributes that carry meaning (heading level, list start, cell spans, figure image).
 */
export function compactHtml(node: JSONContent): string {
  const inner = (node.content ?? []).map((c) => (c.type === 'text' || c.type === 'hardBreak' ? inline(c) : compactHtml(c))).join('');
  const a = node.attrs ?? {};
  switch (node.type) {
    case 'doc':
      return inner;
    case 'heading':
      return `<h${a.level}>${inner}</h${a.level}>`;
    case 'orderedList':
      return a.start && a.start !== 1 ? `<ol start="${a.start}">${inner}</ol>` : `<ol>${inner}</ol>`;
    case 'tableHeader':
    case 'tableCell': {
      const span = (a.colspan && a.colspan !== 1 ? ` colspan="${a.colspan}"` : '') + (a.rowspan && a.rowspan !== 1 ? ` rowspan="${a.rowspan}"` : '');
      return `<${TAGS[node.type]}${span}>${inner}</${TAGS[node.type]}>`;
    }
    case 'figure':
      return `<figure src="${esc(String(a.src ?? ''))}">${esc(String(a.caption ?? ''))}</figure>`;
    case 'horizontalRule':
      return '<hr>';
    default:
      return `<${TAGS[node.type ?? ''] ?? node.type}>${inner}</${TAGS[node.type ?? ''] ?? node.type}>`;
  }
}

/** Expected files are written on several lines and indented; the layout does not count. */
export const normaliseExpected = (html: string): string => html.replace(/>\s*\n\s*</g, '><').trim();
