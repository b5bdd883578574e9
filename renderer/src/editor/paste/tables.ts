/**
 * Tables kept as tables (the body's table node: rows of cells, each cell paragraphs). What a cell
 * cannot hold is flattened to paragraphs: lists, headings, quotes, a table inside a table. A
 * caption becomes a paragraph above its table.
 */
function toParagraph(el: Element): void {
  const p = el.ownerDocument.createElement('p');
  p.append(...Array.from(el.childNodes));
  el.replaceWith(p);
}

export function tables(body: HTMLElement): void {
  body.querySelectorAll('table > caption').forEach((caption) => {
    const table = caption.closest('table');
    if (table) table.before(caption);
    toParagraph(caption);
  });
  // Innermost first, so a table in a cell turns into that cell's paragraphs.
  for (const inner of Array.from(body.querySelectorAll('td table, th table')).reverse()) {
    inner.querySelectorAll('td, th').forEach(toParagraph);
    inner.replaceWith(...Array.from(inner.querySelectorAll(':scope > p, :scope > * > p, :scope > * > * > p')));
  }
  for (const cell of Array.from(body.querySelectorAll('td, th'))) {
    cell.querySelectorAll('li, h1, h2, h3, h4, h5, h6, dt, dd').forEach(toParagraph);
    cell.querySelectorAll('ul, ol, dl, blockquote, figure').forEach((el) => el.replaceWith(...Array.from(el.childNodes)));
  }
}
