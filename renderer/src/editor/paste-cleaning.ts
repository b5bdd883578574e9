import DOMPurify from 'dompurify';

/**
 * First pass over HTML pasted from Word or web pages, before ProseMirror maps it to the body
 * schema: scripts, styles, event handlers, forms, frames and Office's XML islands go; the
 * schema parser then keeps only the nodes and marks the body knows.
 */
export function cleanPastedHtml(html: string): string {
  const withoutOffice = html
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<\/?o:p[^>]*>/gi, '')
    .replace(/<\/?(w|m|v):[^>]*>/gi, '');
  return DOMPurify.sanitize(withoutOffice, {
    FORBID_TAGS: ['style', 'script', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'meta', 'link', 'svg', 'math'],
    FORBID_ATTR: ['style', 'class', 'id'],
    ALLOW_DATA_ATTR: false,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|\/media\/|data:image\/(?:png|jpeg|gif|webp);base64,)/i,
  });
}
