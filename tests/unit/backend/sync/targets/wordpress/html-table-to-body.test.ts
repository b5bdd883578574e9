import { describe, expect, it } from 'vitest';
import { bodyDocSchema } from '../../../../../../core/article/body-schema';
import { htmlToBody, parseHtmlTree, type BodyReadOptions } from '../../../../../../backend/sync/targets/wordpress/html-to-body';
import { bodyToPostHtml } from '../../../../../../backend/sync/targets/wordpress/post-mapping';
import { bodyWithTable } from '../../../../core/article/table-fixture';

const readOpts: BodyReadOptions = { adSlotFromComment: () => null, adSlotFromText: () => null, mediaIdForUrl: () => null, skip: () => false, imageCreditLabel: 'Foto:' };
const read = (html: string) => htmlToBody(parseHtmlTree(html), readOpts);

describe('tables through WordPress', () => {
  it('come back from the post HTML as the same table (header cells, spans, empty cell, escaped text)', () => {
    const html = bodyToPostHtml(bodyWithTable, { language: 'de', adMarker: 'comment' });
    expect(html).toContain('<table>');
    expect(html).not.toContain('<script>');
    expect(read(html)).toEqual(bodyWithTable);
  });

  it("read Gutenberg's table block: cells of inline text, thead and tbody, a caption after the table", () => {
    const body = read(
      '<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr><th>Team</th><th class="has-text-align-right" data-align="right">Punkte</th></tr></thead>' +
        '<tbody><tr><td>Köln</td><td class="has-text-align-right" data-align="right"><strong>31</strong></td></tr></tbody></table><figcaption class="wp-element-caption">Tabelle nach dem 12. Spieltag</figcaption></figure>',
    );
    expect(bodyDocSchema.safeParse(body).success).toBe(true);
    const [table, caption] = body.content;
    expect(table?.content?.map((r) => r.content?.map((c) => [c.type, c.content?.[0]?.content?.[0]?.text]))).toEqual([
      [['tableHeader', 'Team'], ['tableHeader', 'Punkte']],
      [['tableCell', 'Köln'], ['tableCell', '31']],
    ]);
    expect(table?.content?.[1]?.content?.[1]?.content?.[0]?.content?.[0]?.marks).toEqual([{ type: 'bold' }]);
    expect(caption).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Tabelle nach dem 12. Spieltag' }] });
  });

  it('keep only paragraphs in a cell: a list in a cell becomes its items, a heading a paragraph', () => {
    const body = read('<table><tr><td><h2>Titel</h2><ul><li>eins</li><li>zwei</li></ul></td><td colspan="x"></td></tr></table>');
    expect(bodyDocSchema.safeParse(body).success).toBe(true);
    const cells = body.content[0]?.content?.[0]?.content ?? [];
    expect(cells[0]?.content?.map((p) => p.content?.[0]?.text)).toEqual(['Titel', 'eins', 'zwei']);
    expect(cells[1]).toEqual({ type: 'tableCell', attrs: { colspan: 1, rowspan: 1 }, content: [{ type: 'paragraph' }] });
  });
});
