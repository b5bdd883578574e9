import type { BodyDoc, BodyMark, BodyNode } from '../article/body-schema';
import type { Placement } from '../ads/placement-types';
import { renderAdSlot } from './ad-slot-html';
import { escapeAttr, escapeHtml, safeHref, safeImageSrc } from './escape';
import { pageText } from './labels';
import { renderTable } from './table-html';

/** What body rendering needs from the render context. */
export interface BodyRenderOptions {
  language: 'de' | 'en';
  mediaUrl(mediaId: string): string;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function renderText(node: BodyNode): string {
  let html = escapeHtml(node.text ?? '');
  const marks: BodyMark[] = node.marks ?? [];
  // Fixed nesting (em inside strong inside a) so equal marks always give equal HTML.
  if (marks.some((m) => m.type === 'italic')) html = `<em>${html}</em>`;
  if (marks.some((m) => m.type === 'bold')) html = `<strong>${html}</strong>`;
  const link = marks.find((m) => m.type === 'link');
  const href = link && link.type === 'link' ? safeHref(link.attrs?.href) : null;
  if (href) html = `<a href="${escapeAttr(href)}" rel="noopener noreferrer">${html}</a>`;
  return html;
}

function renderInline(nodes: readonly BodyNode[] | undefined, out: string[]): void {
  for (const node of nodes ?? []) {
    if (node.type === 'text') out.push(renderText(node));
    else if (node.type === 'hardBreak') out.push('<br>');
    // Anything else inline is not in the schema: keep its text, drop its markup.
    else renderInline(node.content, out);
  }
}

const hasText = (node: BodyNode): boolean =>
  (node.content ?? []).some((c) => (c.type === 'text' && (c.text ?? '').trim() !== '') || hasText(c));

function renderFigure(node: BodyNode, opts: BodyRenderOptions, out: string[]): void {
  const mediaId = str(node.attrs?.mediaId);
  const src = mediaId ? opts.mediaUrl(mediaId) : safeImageSrc(node.attrs?.src);
  const caption = str(node.attrs?.caption).trim();
  const credit = str(node.attrs?.credit).trim();
  if (!src && !caption) return;
  out.push('<figure class="inline-figure">');
  if (src) out.push(`<img src="${escapeAttr(src)}" alt="${escapeAttr(str(node.attrs?.alt))}" loading="lazy">`);
  if (caption || credit) {
    out.push('<figcaption>');
    if (caption) out.push(`<span class="caption">${escapeHtml(caption)}</span>`);
    if (caption && credit) out.push(' ');
    if (credit) out.push(`<span class="credit">${escapeHtml(pageText(opts.language).imageCredit)} ${escapeHtml(credit)}</span>`);
    out.push('</figcaption>');
  }
  out.push('</figure>');
}

function renderBlock(node: BodyNode, opts: BodyRenderOptions, out: string[]): void {
  switch (node.type) {
    case 'paragraph':
      if (!hasText(node) && !(node.content ?? []).some((c) => c.type === 'hardBreak')) return;
      out.push('<p>');
      renderInline(node.content, out);
      out.push('</p>');
      return;
    case 'heading': {
      // A heading without text (one that held only an image) would be an empty landmark.
      if (!hasText(node)) return;
      const tag = node.attrs?.level === 3 ? 'h3' : 'h2';
      out.push(`<${tag}>`);
      renderInline(node.content, out);
      out.push(`</${tag}>`);
      return;
    }
    case 'bulletList':
    case 'orderedList': {
      const start = node.attrs?.start;
      const startAttr = node.type === 'orderedList' && Number.isInteger(start) && (start as number) !== 1 ? ` start="${start as number}"` : '';
      out.push(node.type === 'bulletList' ? '<ul>' : `<ol${startAttr}>`);
      for (const item of node.content ?? []) {
        out.push('<li>');
        if (item.type === 'listItem') renderBlocks(item.content, opts, out);
        else renderBlock(item, opts, out);
        out.push('</li>');
      }
      out.push(node.type === 'bulletList' ? '</ul>' : '</ol>');
      return;
    }
    case 'blockquote': {
      const attribution = str(node.attrs?.attribution).trim();
      out.push('<figure class="quote"><blockquote>');
      renderBlocks(node.content, opts, out);
      out.push('</blockquote>');
      if (attribution) out.push(`<figcaption class="attribution">— ${escapeHtml(attribution)}</figcaption>`);
      out.push('</figure>');
      return;
    }
    case 'figure':
      renderFigure(node, opts, out);
      return;
    case 'table':
      renderTable(node, out, (nodes, into) => renderBlocks(nodes, opts, into));
      return;
    case 'horizontalRule':
      out.push('<hr>');
      return;
    case 'adSlot':
      // Markers become placements; the engine decides what (if anything) shows here.
      return;
    case 'text':
    case 'hardBreak':
      renderInline([node], out);
      return;
    default:
      renderBlocks(node.content, opts, out);
  }
}

function renderBlocks(nodes: readonly BodyNode[] | undefined, opts: BodyRenderOptions, out: string[]): void {
  for (const node of nodes ?? []) renderBlock(node, opts, out);
}

/** The body blocks as HTML with the in-body ads (position 'afterBlock') after their blocks. */
export function renderBodyHtml(body: BodyDoc, placements: readonly Placement[], opts: BodyRenderOptions): string {
  const blocks = body.content;
  const after = new Map<number, Placement[]>();
  for (const p of placements) {
    if (p.position.kind !== 'afterBlock') continue;
    const raw = p.position.blockIndex;
    const at = Number.isInteger(raw) ? Math.min(Math.max(raw as number, -1), blocks.length - 1) : blocks.length - 1;
    const list = after.get(at) ?? [];
    list.push(p);
    after.set(at, list);
  }
  const out: string[] = [];
  const ads = (i: number) => after.get(i)?.forEach((p) => out.push(renderAdSlot(p, opts.language)));
  ads(-1);
  blocks.forEach((node, i) => {
    renderBlock(node, opts, out);
    ads(i);
  });
  return out.join('');
}
