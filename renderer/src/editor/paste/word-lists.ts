import { itemOf, listFor, markerOf, type Item } from './word-list-items';

/**
 * Word (Windows and macOS) puts lists on the clipboard as paragraphs: each item a
 * `<p style="mso-list:l0 level2 lfo1">` whose typed-out marker ("1.", "a)", "·", "o", "§") sits
 * in a `<span style="mso-list:Ignore">` between `<![if !supportLists]>` markers. Consecutive
 * item paragraphs become real <ol>/<ul> lists, nested by level, one list per Word list (lfo).
 * A list paragraph without a marker (Shift+Enter's sibling: a second paragraph of an item)
 * joins the item before it.
 */
/** Builds the nested lists of one run of item paragraphs, in place of the run. */
function buildLists(items: Item[]): void {
  const doc = items[0]!.p.ownerDocument;
  const stack: { level: number; list: HTMLElement; lastItem: HTMLElement | null }[] = [];
  let lfo = '';
  for (const item of items) {
    const last = stack[stack.length - 1]?.lastItem;
    if (item.continues && last) {
      const para = doc.createElement('p');
      para.append(...Array.from(item.p.childNodes));
      last.append(para);
      item.p.remove();
      continue;
    }
    item.marker = markerOf(item.p);
    if (item.lfo !== lfo) stack.length = 0;
    lfo = item.lfo;
    while (stack.length && stack[stack.length - 1]!.level > item.level) stack.pop();
    let top = stack[stack.length - 1];
    if (!top || top.level < item.level) {
      const list = listFor(doc, item.marker);
      if (top?.lastItem) top.lastItem.append(list);
      else if (top) top.list.append(list);
      else item.p.before(list);
      top = { level: item.level, list, lastItem: null };
      stack.push(top);
    }
    const li = doc.createElement('li');
    const para = doc.createElement('p');
    para.append(...Array.from(item.p.childNodes));
    li.append(para);
    top.list.append(li);
    top.lastItem = li;
    item.p.remove();
  }
}

export function wordLists(body: HTMLElement): void {
  const parents = new Set(Array.from(body.querySelectorAll('p[style*="mso-list"]')).map((p) => p.parentNode));
  for (const parent of parents) {
    if (!parent) continue;
    let run: Item[] = [];
    const flush = () => {
      if (run.length) buildLists(run);
      run = [];
    };
    for (const node of Array.from(parent.childNodes)) {
      const item = itemOf(node, run.length > 0);
      if (item) run.push(item);
      // Whitespace and comments (the conditional markers) between items do not end a list.
      else if (!(node.nodeType === 8 || (node.nodeType === 3 && !node.textContent?.trim()))) flush();
    }
    flush();
  }
  // Numbered headings and stray items keep their text, without the typed-out number.
  body.querySelectorAll('[style*="mso-list"]').forEach((el) => {
    if (/mso-list:\s*Ignore/i.test(el.getAttribute('style') ?? '')) el.remove();
  });
}
