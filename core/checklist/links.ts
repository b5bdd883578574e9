import { isSafeLinkHref } from '../article/links';
import type { BodyDoc, BodyNode } from '../article/body-schema';

/** Every link target in the body, in document order. */
export function bodyLinks(doc: BodyDoc): string[] {
  const out: string[] = [];
  const visit = (node: BodyNode) => {
    for (const mark of node.marks ?? []) if (mark.type === 'link') out.push(mark.attrs.href);
    node.content?.forEach(visit);
  };
  doc.content.forEach(visit);
  return out;
}

/**
 * Whether the checklist accepts a link target: exactly the targets the editor offers and the
 * body schema keeps (http, https with a host, mailto; no whitespace or control characters).
 * One rule, core/article/links.ts isSafeLinkHref, so a link the editor made never fails here.
 */
export const isValidLinkHref = isSafeLinkHref;
