import { unwrap } from './junk';

/**
 * Bold and italic as the source meant them. Google Docs wraps its whole paste in
 * `<b style="font-weight:normal" id="docs-internal-guid-…">` and marks real bold and italic only
 * by styled spans; Word and web pages do the same now and then. Styled spans become
 * <strong>/<em>, `<b>`s styled normal are unwrapped, before the styles are dropped.
 */
const BOLD = /^(bold|bolder|[6-9]\d\d)$/;
const NOT_BOLD = /^(normal|lighter|[1-5]\d\d)$/;

function wrapIn(el: HTMLElement, tag: 'strong' | 'em'): void {
  const mark = el.ownerDocument.createElement(tag);
  mark.append(...Array.from(el.childNodes));
  el.append(mark);
}

export function styledMarks(body: HTMLElement): void {
  for (const el of Array.from(body.querySelectorAll<HTMLElement>('b, strong'))) {
    if (el.id.startsWith('docs-internal-guid') || NOT_BOLD.test(el.style.fontWeight)) unwrap(el);
  }
  for (const el of Array.from(body.querySelectorAll<HTMLElement>('i, em'))) {
    if (el.style.fontStyle === 'normal') unwrap(el);
  }
  for (const el of Array.from(body.querySelectorAll<HTMLElement>('span, a, font'))) {
    // A block's own weight (a heading's) is the heading's look, not emphasis.
    if (BOLD.test(el.style.fontWeight) && !el.closest('h1, h2, h3, h4, h5, h6, th')) wrapIn(el, 'strong');
    if (el.style.fontStyle === 'italic' || el.style.fontStyle === 'oblique') wrapIn(el, 'em');
  }
}
