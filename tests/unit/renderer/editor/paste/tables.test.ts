// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { compactHtml, pasteIntoEmptyBody } from './paste-harness';

const paste = (html: string) => compactHtml(pasteIntoEmptyBody(html));

describe('pasted tables', () => {
  it('flatten what a cell cannot hold: a list, a heading, a table inside the cell', () => {
    expect(paste('<table><tr><td><h3>Kopf</h3><ul><li>eins</li><li>zwei</li></ul></td><td><table><tr><td>innen 1</td><td>innen 2</td></tr></table></td></tr></table>')).toBe(
      '<table><tr><td><p>Kopf</p><p>eins</p><p>zwei</p></td><td><p>innen 1</p><p>innen 2</p></td></tr></table>',
    );
  });

  it('put the caption above the table and keep spans', () => {
    expect(paste('<table><caption>Ergebnis</caption><tr><td rowspan="2">A</td><td>B</td></tr><tr><td>C</td></tr></table>')).toBe(
      '<p>Ergebnis</p><table><tr><td rowspan="2"><p>A</p></td><td><p>B</p></td></tr><tr><td><p>C</p></td></tr></table>',
    );
  });
});
