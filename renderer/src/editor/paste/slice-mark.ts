/**
 * ProseMirror marks a copy from an editor with `data-pm-slice="openStart openEnd [-wrappers] context"`.
 * The depths let a copied list item or cell paste back as one; the context (node types with
 * attributes) would wrap the paste in nodes built straight from the clipboard, past the parse
 * rules (a figure with any image address, say), so only the numbers are kept.
 */
const DEPTHS = /^(\d{1,2}) (\d{1,2})( -\d{1,2})?(?: |$)/;

export function sliceMarkDepthsOnly(body: HTMLElement): void {
  for (const el of Array.from(body.querySelectorAll('[data-pm-slice]'))) {
    const match = DEPTHS.exec(el.getAttribute('data-pm-slice') ?? '');
    if (match) el.setAttribute('data-pm-slice', `${match[1]} ${match[2]}${match[3] ?? ''} []`);
    else el.removeAttribute('data-pm-slice');
  }
}
