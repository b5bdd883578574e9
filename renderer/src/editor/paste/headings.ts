import { HEADING_LEVELS } from '../../../../core/article/body-schema';
import { unwrap } from './junk';

/**
 * Headings at the levels the body has (2 and 3). When the paste has others, its top heading
 * level becomes the body's top level and the next ones the level below, so an h1 title from
 * Word or Google Docs stays a heading and its h2 sections stay beneath it; h2 and h3 alone stay
 * as they are. Word's Title paragraph counts as an h1.
 * Bold inside a heading is the heading's own look and goes; images inside one move after it, so
 * no heading is left holding only an image.
 */
const TOP: number = HEADING_LEVELS[0];
const BOTTOM: number = HEADING_LEVELS[HEADING_LEVELS.length - 1] ?? TOP;

function rename(el: Element, tag: string): Element {
  const next = el.ownerDocument.createElement(tag);
  next.append(...Array.from(el.childNodes));
  el.replaceWith(next);
  return next;
}

export function headings(body: HTMLElement): void {
  body.querySelectorAll('p.MsoTitle').forEach((p) => rename(p, 'h1'));
  const all = Array.from(body.querySelectorAll('h1, h2, h3, h4, h5, h6'));
  if (all.length === 0) return;
  const levels = all.map((h) => Number(h.tagName[1]));
  // Levels the body has stay as they are (a copy from this editor, a page's h2 and h3).
  const shift = levels.every((l) => l >= TOP && l <= BOTTOM) ? 0 : Math.min(...levels) - TOP;
  for (const h of all) {
    const level = Math.min(BOTTOM, Math.max(TOP, Number(h.tagName[1]) - shift));
    const heading = rename(h, `h${level}`);
    heading.querySelectorAll('b, strong').forEach(unwrap);
    const images = Array.from(heading.querySelectorAll('img, picture, figure'));
    images.reverse().forEach((img) => heading.after(img));
  }
}
