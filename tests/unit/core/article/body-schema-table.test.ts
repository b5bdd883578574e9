import { describe, expect, it } from 'vitest';
import { bodyDocSchema, type BodyDoc } from '../../../../core/article/body-schema';
import { bodyWithTable } from './table-fixture';

const issues = (doc: unknown): string[] => {
  const r = bodyDocSchema.safeParse(doc);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('tables in the body schema', () => {
  it('accepts a table of rows of header and body cells holding paragraphs', () => {
    expect(issues(bodyWithTable)).toEqual([]);
  });

  it('refuses table parts out of place: a cell outside a row, a list in a cell, a row at the top', () => {
    const cellInTable: BodyDoc = { type: 'doc', content: [{ type: 'table', content: [{ type: 'tableCell', content: [{ type: 'paragraph' }] }] }] };
    expect(issues(cellInTable)[0]).toMatch(/table cannot hold "tableCell"/);
    const listInCell: BodyDoc = { type: 'doc', content: [{ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'bulletList', content: [] }] }] }] }] };
    expect(issues(listInCell)[0]).toMatch(/tableCell cannot hold "bulletList"/);
    expect(issues({ type: 'doc', content: [{ type: 'tableRow', content: [] }] })[0]).toMatch(/outside a table/);
    expect(issues({ type: 'doc', content: [{ type: 'blockquote', content: [{ type: 'tableCell' }] }] })[0]).toMatch(/outside a table/);
  });
});
