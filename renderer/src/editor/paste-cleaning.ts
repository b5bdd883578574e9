import DOMPurify from 'dompurify';
import { headings } from './paste/headings';
import { removeJunk } from './paste/junk';
import { sliceMarkDepthsOnly } from './paste/slice-mark';
import { nestedLists } from './paste/nested-lists';
import { styledMarks } from './paste/styled-marks';
import { tables } from './paste/tables';
import { webChrome } from './paste/web-chrome';
import { wordLists } from './paste/word-lists';

/**
 * HTML pasted from Word, Google Docs, LibreOffice or web pages, made to say what its author
 * meant before ProseMirror maps it onto the body schema (one step per file in ./paste/). The
 * order matters: Word's list markers are read from styles and the styled spans become marks
 * before the junk pass and DOMPurify drop every style. Empty blocks and no-break spaces are
 * tidied after parsing (./paste/paste-tidy, part of the body extensions).
 */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const body = doc.body;
  wordLists(body);
  styledMarks(body);
  removeJunk(body);
  webChrome(body);
  nestedLists(body);
  headings(body);
  tables(body);
  sliceMarkDepthsOnly(body);
  return DOMPurify.sanitize(body.innerHTML, {
    FORBID_TAGS: ['style', 'script', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'meta', 'link', 'svg', 'math'],
    FORBID_ATTR: ['style', 'class', 'id'],
    ALLOW_DATA_ATTR: false,
    // ProseMirror's mark of a copy from an editor, reduced to its open depths (paste/slice-mark).
    ADD_ATTR: ['data-pm-slice'],
    // Values DOMPurify would otherwise test as URLs (and drop): list starts and cell spans.
    ADD_URI_SAFE_ATTR: ['start', 'colspan', 'rowspan', 'data-pm-slice'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|\/media\/|data:image\/(?:png|jpeg|gif|webp);base64,)/i,
  });
}
