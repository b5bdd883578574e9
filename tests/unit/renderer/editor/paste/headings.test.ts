// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { bodyExtensions } from '../../../../../renderer/src/editor/body-extensions';
import { cleanPastedHtml } from '../../../../../renderer/src/editor/paste-cleaning';
import { compactHtml, pasteIntoEmptyBody } from './paste-harness';

const paste = (html: string) => compactHtml(pasteIntoEmptyBody(html));

describe('pasted heading levels', () => {
  it('keep h2 and h3 as they are', () => {
    expect(paste('<h3>Unter</h3><p>a</p><h2>Ober</h2><p>b</p>')).toBe('<h3>Unter</h3><p>a</p><h2>Ober</h2><p>b</p>');
  });

  it('move up to the top level when the paste starts at h1 or below h3', () => {
    expect(paste('<h1>Titel</h1><h2>Teil</h2><h4>Abschnitt</h4>')).toBe('<h2>Titel</h2><h3>Teil</h3><h3>Abschnitt</h3>');
    expect(paste('<h4>Klein</h4><p>x</p><h5>Kleiner</h5>')).toBe('<h2>Klein</h2><p>x</p><h3>Kleiner</h3>');
  });

  it('lose bold inside them (a heading is bold already) and never hold only an image', () => {
    expect(paste('<h2><b>Fett</b> und mehr</h2><h2><img src="/media/' + 'a'.repeat(64) + '.png"></h2>')).toMatch(/^<h2>Fett und mehr<\/h2><figure src="\/media\/a{64}\.png"><\/figure>$/);
  });
});

describe('a copy from this editor pasted back', () => {
  it("keeps the open depths of ProseMirror's copy mark, never its context of nodes", () => {
    expect(cleanPastedHtml('<p data-pm-slice="1 1 []">Teil</p>')).toBe('<p data-pm-slice="1 1 []">Teil</p>');
    const hostile = `<p data-pm-slice='0 0 -1 ["figure",{"src":"https://tracker.example/p.gif"}]'>x</p>`;
    expect(cleanPastedHtml(hostile)).toBe('<p data-pm-slice="0 0 -1 []">x</p>');
    expect(JSON.stringify(pasteIntoEmptyBody(hostile))).not.toContain('tracker');
    expect(cleanPastedHtml('<p data-pm-slice="x">y</p>')).toBe('<p>y</p>');
  });

  it('comes back as it was: heading levels, nested list, table', () => {
    const content = '<h3>Drei</h3><ul><li><p>Eins</p><ul><li><p>Eins-A</p></li></ul></li></ul><table><tr><th><p>A</p></th><th><p>B</p></th></tr><tr><td><p>1</p></td><td><p>2</p></td></tr></table>';
    const source = new Editor({ extensions: bodyExtensions(), content });
    const { dom } = source.view.serializeForClipboard(source.state.doc.slice(0, source.state.doc.content.size));
    const before = compactHtml(source.getJSON());
    source.destroy();
    expect(paste(dom.innerHTML)).toBe(before);
  });
});
