// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { uploadIntoBody } from '../../../../../renderer/src/editor/drop/body-uploads';
import type { UploadTracker } from '../../../../../renderer/src/editor/drop/use-uploads';
import { bodyEditor, paragraph, text } from '../find/editor-fixture';

let editor: ReturnType<typeof bodyEditor>;
afterEach(() => editor.destroy());

type Uploaded = { mediaId: string; src: string } | null;
function deferredUploads() {
  const pending = new Map<string, (value: Uploaded) => void>();
  const upload = (file: File) => new Promise<Uploaded>((resolve) => pending.set(file.name, resolve));
  return { upload, finish: (name: string, value: Uploaded) => pending.get(name)!(value) };
}
const tracker = (): UploadTracker => ({ start: vi.fn((label: string) => label), progress: vi.fn(), done: vi.fn(), fail: vi.fn(), dismiss: vi.fn() });
const png = (name: string) => new File([new Uint8Array([137, 80, 78, 71])], name, { type: 'image/png' });
const texts = { uploading: (l: string) => `Uploading ${l}`, done: (l: string) => `${l} done`, notAnImage: 'not an image', refused: 'refused' };
const settle = () => new Promise((r) => setTimeout(r, 0));
const blocks = () => editor.getJSON().content!.map((n) => (n.type === 'figure' ? `figure:${n.attrs!.mediaId}` : editor.state.schema.nodeFromJSON(n).textContent));

describe('uploading dropped images into the body', () => {
  it('shows placeholders at once, keeps what is typed meanwhile, and puts the figures in the files’ order', async () => {
    editor = bodyEditor(paragraph(text('Erster Absatz.')), paragraph(text('Zweiter Absatz.')));
    const { upload, finish } = deferredUploads();
    const t = tracker();
    const betweenParagraphs = editor.state.doc.child(0).nodeSize;
    uploadIntoBody(editor, [png('a.png'), png('b.png')], betweenParagraphs, { upload, tracker: t, label: (f) => f.name, text: texts });
    expect(editor.view.dom.querySelectorAll('.upload-placeholder')).toHaveLength(2);
    expect(editor.getJSON().content).toHaveLength(2); // placeholders are not in the document: never saved

    editor.commands.insertContentAt(1, 'Getippt: '); // typing goes on during the uploads
    finish('b.png', { mediaId: 'b', src: '/media/b' });
    await settle();
    expect(blocks()).toEqual(['Getippt: Erster Absatz.', 'Zweiter Absatz.']); // b waits for a, which came first
    finish('a.png', { mediaId: 'a', src: '/media/a' });
    await settle();
    expect(blocks()).toEqual(['Getippt: Erster Absatz.', 'figure:a', 'figure:b', 'Zweiter Absatz.']);
    expect(editor.view.dom.querySelectorAll('.upload-placeholder')).toHaveLength(0);
    expect(t.done).toHaveBeenCalledTimes(2);
  });

  it('removes the placeholder of a refused upload and says so; a file that is no image is not sent', async () => {
    editor = bodyEditor(paragraph(text('Text')));
    const { upload, finish } = deferredUploads();
    const t = tracker();
    const send = vi.fn(upload);
    uploadIntoBody(editor, [png('bad.png'), new File(['x'], 'notes.txt', { type: 'text/plain' })], 0, { upload: send, tracker: t, label: (f) => f.name, text: texts });
    expect(send).toHaveBeenCalledTimes(1);
    expect(t.fail).toHaveBeenCalledWith('notes.txt', 'not an image');
    finish('bad.png', null);
    await settle();
    expect(t.fail).toHaveBeenCalledWith('bad.png', 'refused');
    expect(editor.view.dom.querySelectorAll('.upload-placeholder')).toHaveLength(0);
    expect(blocks()).toEqual(['Text']);
  });
});
