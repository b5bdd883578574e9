/**
 * What no paste means: Office's XML islands and namespaced tags (o:p, w:*, v:*), comments and
 * conditional comments, style sheets, meta data, hidden text, and wrappers that only carry
 * fonts (font, span). Runs first, on the parsed clipboard document.
 */
const DROP = 'style, script, meta, link, title, xml, head, template, noscript, [style*="mso-hide:all"], [style*="display:none"], [style*="display: none"], [hidden]';

function dropComments(root: Node): void {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.parentNode?.removeChild(c));
}

export function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

export function removeJunk(body: HTMLElement): void {
  body.querySelectorAll(DROP).forEach((el) => el.remove());
  // Namespaced Office tags (o:p, w:sdt, v:shape…): empty ones go, wrappers give up their text.
  for (const el of Array.from(body.querySelectorAll('*'))) {
    if (!el.tagName.includes(':')) continue;
    if (/^(O:P|V:|W:SDTPR)/i.test(el.tagName) && !el.textContent?.trim()) el.remove();
    else unwrap(el);
  }
  dropComments(body);
  body.querySelectorAll('font').forEach(unwrap);
}
