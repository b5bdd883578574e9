// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { BodyDoc } from '../../../../core/article/body-schema';
import { renderBodyHtml } from '../../../../core/render/body-html';
import { bodyWithTable, resultsTable } from '../article/table-fixture';
import { parse } from './helpers';

const opts = { language: 'de' as const, mediaUrl: (id: string) => `/media/${id}` };
const render = (body: BodyDoc) => parse(`<div id="b">${renderBodyHtml(body, [], opts)}</div>`).getElementById('b')!;

describe('tables on the page', () => {
  it('renders the header row as thead, the rest as rows of cells with their text escaped', () => {
    const el = render(bodyWithTable);
    const table = el.querySelector('.body-table > table')!;
    expect([...table.querySelectorAll('thead th')].map((c) => c.textContent)).toEqual(['Partei', 'Prozent']);
    const rows = [...table.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([['CDU', '30,2'], ['<script>alert(1)</script>', ''], ['Vorläufiges Ergebnis']]);
    expect(el.querySelector('script')).toBeNull();
    expect(table.querySelector('tbody tr:last-child td')?.getAttribute('colspan')).toBe('2');
  });

  it('gives a span outside 1–50 no attribute, and leaves out a table without rows', () => {
    const odd: BodyDoc = { type: 'doc', content: [{ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: '2" onclick="x', rowspan: 999 }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }] }] }] }, { type: 'table', content: [] }] };
    const el = render(odd);
    expect(el.querySelectorAll('table')).toHaveLength(1);
    expect(el.querySelector('td')!.attributes).toHaveLength(0);
  });

  it('leaves out headings without text (a heading that held only an image)', () => {
    const el = render({ type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [] }, { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: '  ' }] }, resultsTable] });
    expect(el.querySelectorAll('h2, h3')).toHaveLength(0);
  });
});
