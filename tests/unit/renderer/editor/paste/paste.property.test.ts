// @vitest-environment jsdom
import type { JSONContent } from '@tiptap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyDocSchema, type BodyDoc } from '../../../../../core/article/body-schema';
import { pasteIntoEmptyBody } from './paste-harness';

/** Clipboard-like HTML: the tags, styles and Office oddities of the corpus, nested at random. */
const words = fc.constantFrom('Köln', 'Zelle 1', 'über', '12\u00a0km', '\u00a0\u00a0', ' ', '', '&nbsp;', '&lt;b&gt;', 'Straße', '\t');
const styles = fc.constantFrom('', 'font-weight:700', 'font-weight:normal', 'font-style:italic', 'mso-list:l0 level1 lfo1', 'mso-list:l0 level3 lfo2', 'mso-list:Ignore', 'display:none', 'white-space:pre-wrap');
const wrappers = fc.constantFrom(
  'p', 'h1', 'h2', 'h3', 'h4', 'h6', 'b', 'strong', 'i', 'em', 'span', 'font', 'div', 'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption',
  'table', 'thead', 'tbody', 'tr', 'td', 'th', 'caption', 'aside', 'o:p', 'a',
);
const leaf = fc.oneof(
  words,
  fc.constantFrom('<br>', '<img src="https://x.example/a.png">', '<img src="/media/' + 'a'.repeat(64) + '.png">', '<!--[if !supportLists]-->', '<!--[endif]-->', '<![if !supportLists]>', '<![endif]>', '<!-- c -->', '<o:p></o:p>', '<hr>'),
);
const html: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { weight: 2, arbitrary: leaf },
    {
      weight: 3,
      arbitrary: fc
        .tuple(wrappers, styles, fc.array(tie('node'), { maxLength: 4 }))
        .map(([tag, style, kids]) => `<${tag}${style ? ` style="${style}"` : ''}${tag === 'a' ? ' href="https://example.org"' : ''}${tag === 'td' ? ' colspan="2"' : ''}>${kids.join('')}</${tag}>`),
    },
  ),
})).node as fc.Arbitrary<string>;
const clipboard = fc.tuple(fc.array(html, { maxLength: 6 }), fc.boolean()).map(([parts, gdocs]) => (gdocs ? `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1">${parts.join('')}</b>` : parts.join('')));

const TEXTBLOCKS = new Set(['paragraph', 'heading']);
const CELLS = new Set(['tableCell', 'tableHeader']);

/** Paths of text blocks without text, leaving out cells' paragraphs (an empty cell is part of the grid). */
function emptyBlocks(node: JSONContent, path: string, inCell: boolean, out: string[]): string[] {
  if (TEXTBLOCKS.has(node.type ?? '') && !inCell && !(node.content ?? []).some((c) => c.type === 'text' && (c.text ?? '').trim())) out.push(`${path} ${node.type}`);
  node.content?.forEach((c, i) => emptyBlocks(c, `${path}.${i}`, CELLS.has(node.type ?? ''), out));
  return out;
}

describe('any pasted HTML', () => {
  it('gives a body the schema accepts, with no empty text blocks and no runs of no-break spaces', () => {
    fc.assert(
      fc.property(clipboard, (input) => {
        const doc = pasteIntoEmptyBody(input);
        const parsed = bodyDocSchema.safeParse(doc as BodyDoc);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        const only = doc.content?.length === 1 && doc.content[0]?.type === 'paragraph' && !doc.content[0].content;
        if (!only) expect(emptyBlocks(doc, 'doc', false, [])).toEqual([]);
        expect(JSON.stringify(doc)).not.toMatch(/\u00a0[\s\u00a0]|[\s]\u00a0/);
      }),
      { numRuns: Number(process.env.PASTE_RUNS ?? 100) },
    );
  }, 600_000);
});
