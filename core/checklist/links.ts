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

/** An absolute http: or https: URL with a host; relative, mailto: and javascript: links are not. */
export function isValidHttpUrl(href: string): boolean {
  if (href !== href.trim() || /\s/.test(href)) return false;
  try {
    const url = new URL(href);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}
