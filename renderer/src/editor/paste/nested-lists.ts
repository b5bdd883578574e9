/**
 * A list directly inside a list (Google Docs and LibreOffice write `<ul><li>…</li><ul>…</ul></ul>`)
 * belongs to the item before it; ProseMirror would otherwise give it an item of its own with an
 * empty first line. Without an item before it, it gets one, which the paste tidy then lifts.
 */
export function nestedLists(body: HTMLElement): void {
  const lists = Array.from(body.querySelectorAll('ul > ul, ul > ol, ol > ul, ol > ol'));
  for (const list of lists) {
    const prev = list.previousElementSibling;
    if (prev?.tagName === 'LI') prev.append(list);
    else {
      const li = list.ownerDocument.createElement('li');
      list.replaceWith(li);
      li.append(list);
    }
  }
}
