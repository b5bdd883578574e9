/**
 * The parts of one Word list paragraph: its list (lfo) and level from `mso-list`, its typed-out
 * marker (taken out of the text), and whether the marker numbers or bullets.
 */
export const LIST_STYLE = /mso-list:\s*(l\d+)\s+level(\d+)\s+(lfo\d+)/i;
const ORDERED_MARKER = /^\(?([0-9]+|[a-z]|[ivxlcdm]+)[.)]$/i;

export interface Item {
  p: Element;
  level: number;
  lfo: string;
  marker: string;
  continues?: boolean;
}

export function markerOf(p: Element): string {
  const marker = Array.from(p.querySelectorAll('[style]')).find((el) => /mso-list:\s*Ignore/i.test(el.getAttribute('style') ?? ''));
  if (!marker) return '';
  const text = (marker.textContent ?? '').replace(/[\s\u00a0]+/g, '');
  marker.remove();
  return text;
}

export function itemOf(node: Node, inRun: boolean): Item | null {
  if (node.nodeType !== 1 || (node as Element).tagName !== 'P') return null;
  const match = LIST_STYLE.exec((node as Element).getAttribute('style') ?? '');
  if (!match) return inRun && /MsoListParagraphCxSp(Middle|Last)/.test((node as Element).className) ? { p: node as Element, level: 0, lfo: '', marker: '', continues: true } : null;
  return { p: node as Element, level: Number(match[2]), lfo: match[3]!.toLowerCase(), marker: '' };
}

/** An empty <ol> (starting at Word's first number) or <ul> for a list whose first marker is `marker`. */
export function listFor(doc: Document, marker: string): HTMLElement {
  const ordered = ORDERED_MARKER.exec(marker);
  const list = doc.createElement(ordered ? 'ol' : 'ul');
  const start = ordered && /^\d+$/.test(ordered[1]!) ? Number(ordered[1]) : 1;
  if (start !== 1) list.setAttribute('start', String(start));
  return list;
}
