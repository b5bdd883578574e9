// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import type { Editor as ReactEditor } from '@tiptap/react';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommentThread } from '../../../../core/comments';
import type { SaveState } from '../../../../renderer/src/editor/use-autosave';
import { bodyExtensions } from '../../../../renderer/src/editor/body-extensions';
import { threadStore, useAnchorTracking } from '../../../../renderer/src/workflow/comment-threads';
import { fakeClient, render, settingsAs } from './render-helpers';

let editor: Editor | null = null;
afterEach(() => editor?.destroy());

const thread: CommentThread = {
  id: 'thread-1',
  anchor: { kind: 'body', from: 16, to: 26, quote: 'Jahresende' },
  author: 'Rita',
  createdAt: '2026-03-01T10:00:00Z',
  text: 'Sicher?',
  replies: [],
  resolved: null,
};

function Tracker({ editor, saveState }: { editor: Editor; saveState: SaveState }) {
  useAnchorTracking('article-anchors', editor as unknown as ReactEditor, saveState);
  return null;
}

describe('anchor tracking', () => {
  it('moves a body anchor with text typed before it and stores it once the article is saved', async () => {
    editor = new Editor({ extensions: bodyExtensions(), content: '<p>Die Preise bis Jahresende stabil.</p>' });
    expect(editor.state.doc.textBetween(16, 26)).toBe('Jahresende');
    const { client, calls } = fakeClient({ 'comments.list': () => [thread], 'comments.remapAnchors': (a) => a.anchors }, settingsAs('editor'));
    const view = await render(<Tracker editor={editor} saveState={{ kind: 'dirty' }} />, client);
    const store = threadStore('article-anchors');
    expect(store.threads).toHaveLength(1);

    await act(async () => {
      editor!.commands.insertContentAt(1, 'Neu: ');
    });
    const anchor = store.threads[0]!.anchor as { from: number; to: number };
    expect(editor.state.doc.textBetween(anchor.from, anchor.to)).toBe('Jahresende');
    // The commented words stay highlighted in the editor.
    expect(editor.view.dom.querySelector('.comment-highlight')?.textContent).toBe('Jahresende');
    expect(calls.some((c) => c.name === 'comments.remapAnchors')).toBe(false);

    await view.rerender(<Tracker editor={editor} saveState={{ kind: 'saved', at: '2026-03-01T10:01:00Z' }} />);
    const remap = calls.find((c) => c.name === 'comments.remapAnchors');
    expect(remap?.args).toEqual({ id: 'article-anchors', anchors: [{ threadId: 'thread-1', anchor: { ...thread.anchor, from: 21, to: 31 } }] });
    view.unmount();
  });
});
