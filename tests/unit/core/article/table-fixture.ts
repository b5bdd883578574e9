import type { BodyDoc, BodyNode } from '../../../../core/article/body-schema';

const p = (text: string): BodyNode => (text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' });
const cell = (type: 'tableHeader' | 'tableCell', text: string, colspan = 1): BodyNode => ({ type, attrs: { colspan, rowspan: 1 }, content: [p(text)] });

/** An election results table as the editor saves it: a header row, a spanned row, an empty cell. */
export const resultsTable: BodyNode = {
  type: 'table',
  content: [
    { type: 'tableRow', content: [cell('tableHeader', 'Partei'), cell('tableHeader', 'Prozent')] },
    { type: 'tableRow', content: [cell('tableCell', 'CDU'), cell('tableCell', '30,2')] },
    { type: 'tableRow', content: [cell('tableCell', '<script>alert(1)</script>'), cell('tableCell', '')] },
    { type: 'tableRow', content: [cell('tableCell', 'Vorläufiges Ergebnis', 2)] },
  ],
};

export const bodyWithTable: BodyDoc = { type: 'doc', content: [p('Das Ergebnis:'), resultsTable, p('Danach.')] };
