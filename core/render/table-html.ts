import type { BodyNode } from '../article/body-schema';

/**
 * A body table as page HTML: a leading row of header cells becomes the <thead>, cells keep
 * their spans (whole numbers from 1 to 50, anything else is 1), and the table scrolls sideways
 * inside its own box on a narrow screen instead of widening the page. Cell text goes through
 * the same block renderer as the rest of the body, so it is escaped the same way.
 */
type RenderBlocks = (nodes: readonly BodyNode[] | undefined, out: string[]) => void;

const span = (v: unknown): number => (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 50 ? (v as number) : 1);

function renderRow(row: BodyNode, out: string[], renderBlocks: RenderBlocks): void {
  out.push('<tr>');
  for (const cell of row.content ?? []) {
    const tag = cell.type === 'tableHeader' ? 'th' : 'td';
    const colspan = span(cell.attrs?.colspan);
    const rowspan = span(cell.attrs?.rowspan);
    out.push(`<${tag}${colspan > 1 ? ` colspan="${colspan}"` : ''}${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}>`);
    renderBlocks(cell.content, out);
    out.push(`</${tag}>`);
  }
  out.push('</tr>');
}

const isHeaderRow = (row: BodyNode | undefined): boolean => !!row?.content?.length && row.content.every((c) => c.type === 'tableHeader');

export function renderTable(node: BodyNode, out: string[], renderBlocks: RenderBlocks): void {
  const rows = (node.content ?? []).filter((r) => r.type === 'tableRow' && r.content?.length);
  if (rows.length === 0) return;
  out.push('<div class="body-table"><table>');
  let body = rows;
  if (isHeaderRow(rows[0])) {
    out.push('<thead>');
    renderRow(rows[0]!, out, renderBlocks);
    out.push('</thead>');
    body = rows.slice(1);
  }
  if (body.length) {
    out.push('<tbody>');
    for (const row of body) renderRow(row, out, renderBlocks);
    out.push('</tbody>');
  }
  out.push('</table></div>');
}
