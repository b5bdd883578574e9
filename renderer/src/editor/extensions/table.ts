import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import './table.css';

/**
 * The body's table (core/article/body-schema: table, tableRow, tableHeader, tableCell): cells
 * hold paragraphs only and carry their spans, nothing else. Widths, alignment and colours of a
 * pasted table are the source's layout, not its meaning; the site lays tables out itself.
 */
const spans = () => ({ colspan: { default: 1 }, rowspan: { default: 1 } });

export const BodyTableCell = TableCell.extend({ content: 'paragraph+', addAttributes: spans });
export const BodyTableHeader = TableHeader.extend({ content: 'paragraph+', addAttributes: spans });
export const BodyTable = Table.configure({ resizable: false, HTMLAttributes: { class: 'body-table' } });

export const tableExtensions = [BodyTable, TableRow, BodyTableHeader, BodyTableCell];
