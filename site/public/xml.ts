import { escapeHtml } from '../../core/render/escape';

// Characters XML 1.0 forbids even when escaped (C0 controls except tab, LF, CR; U+FFFE/FFFF).
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Escapes text for XML element content and attribute values (plain text: URLs, codes, categories). */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Text for a feed element that readers decode as HTML (RSS title and description): HTML-escaped,
 * then XML-escaped, so `<img onerror=…>` reaches the reader as `&lt;img…` and shows as those
 * characters instead of becoming an element. (`'` becomes `&#39;`: `&apos;` is no HTML 4 entity.)
 */
export const escapeFeedText = (text: string): string => escapeXml(escapeHtml(text));
