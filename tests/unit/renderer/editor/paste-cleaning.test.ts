// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { BLOCK_NODES, INLINE_NODES, MARKS, bodyDocSchema } from '../../../../core/article/body-schema';
import { bodyExtensions } from '../../../../renderer/src/editor/body-extensions';
import { cleanPastedHtml } from '../../../../renderer/src/editor/paste-cleaning';

// jsdom has no ClipboardEvent; ProseMirror's pasteHTML only needs an event object to pass on.
if (!('ClipboardEvent' in globalThis)) {
  (globalThis as Record<string, unknown>).ClipboardEvent = class extends Event {
    clipboardData = null;
  };
}

let editor: Editor | null = null;
afterEach(() => editor?.destroy());

function paste(html: string) {
  // The same hook the app's editor uses (BodyEditor: transformPastedHTML).
  editor = new Editor({ extensions: bodyExtensions(), content: '', editorProps: { transformPastedHTML: cleanPastedHtml } });
  editor.view.pasteHTML(html);
  return editor;
}

describe('the editor schema is the body schema', () => {
  it('has exactly the nodes and marks of core/article/body-schema', () => {
    editor = new Editor({ extensions: bodyExtensions() });
    const nodes = Object.keys(editor.schema.nodes).filter((n) => n !== 'doc');
    expect(new Set(nodes)).toEqual(new Set([...Object.keys(BLOCK_NODES), ...Object.keys(INLINE_NODES)]));
    expect(new Set(Object.keys(editor.schema.marks))).toEqual(new Set(Object.keys(MARKS)));
  });
});

describe('paste from Word and web pages', () => {
  it('drops scripts, styles, event handlers, frames and forms but keeps the text', () => {
    const e = paste(
      '<p>Harmlos <b onclick="alert(1)">fett</b></p><script>alert(2)</script><style>p{}</style>' +
        '<iframe src="https://evil.example"></iframe><form><input value="x"></form>' +
        '<p><a href="javascript:alert(3)">klick</a> <a href="https://example.org" onmouseover="x()">gut</a></p>',
    );
    const html = e.getHTML();
    expect(html).not.toMatch(/script|style|iframe|form|input|onclick|onmouseover|javascript/i);
    expect(e.getText()).toContain('Harmlos fett');
    expect(e.getText()).toContain('klick');
    expect(html).toContain('href="https://example.org"');
    expect(bodyDocSchema.safeParse(e.getJSON()).success).toBe(true);
  });

  it('maps Word paragraphs, headings and lists onto the schema', () => {
    const word =
      '<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]-->' +
      '<h1 class="MsoTitle" style="mso-fareast-font-family:Calibri">Titel</h1>' +
      '<p class="MsoNormal" style="margin:0cm">Erster <i>Absatz</i><o:p></o:p></p>' +
      '<ul><li>Eins</li><li>Zwei</li></ul></body></html>';
    const e = paste(word);
    const json = e.getJSON();
    expect(bodyDocSchema.safeParse(json).success).toBe(true);
    expect(e.getHTML()).not.toMatch(/Mso|mso-|o:p|style=/);
    expect(e.getText()).toContain('Erster Absatz');
    expect(e.getHTML()).toContain('<em>Absatz</em>');
    expect(json.content?.some((n) => n.type === 'bulletList')).toBe(true);
  });

  it('does not take remote images into the body', () => {
    const e = paste('<p>Text</p><img src="https://tracker.example/pixel.gif"><figure><img src="http://x/y.png"><figcaption>Bild</figcaption></figure>');
    expect(JSON.stringify(e.getJSON())).not.toContain('tracker.example');
    expect(e.getHTML()).not.toContain('<img');
  });
});
