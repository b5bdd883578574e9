// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyExtensions } from '../../../../../renderer/src/editor/body-extensions';
import { onPanelRequest, requestComment, takeCommentRequest } from '../../../../../renderer/src/editor/suggestions/comment-request';
import { commentTarget, fieldOfElement } from '../../../../../renderer/src/editor/suggestions/use-comment-shortcut';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  document.body.innerHTML = '';
});

describe('Ctrl+Alt+M', () => {
  it('comments on the body selection, or on the focused field, never on nothing', () => {
    editor = new Editor({ element: document.body.appendChild(document.createElement('div')), extensions: bodyExtensions(), content: '<p>Der Hafen von Hamburg</p>' });
    expect(commentTarget(editor, editor.view.dom)).toBeNull();
    editor.commands.setTextSelection({ from: 15, to: 22 });
    expect(commentTarget(editor, editor.view.dom)).toEqual({ kind: 'body', from: 15, to: 22, quote: 'Hamburg' });
    const headline = document.body.appendChild(Object.assign(document.createElement('textarea'), { id: 'field-headline' }));
    expect(commentTarget(editor, headline)).toEqual({ kind: 'field', field: 'headline' });
    const seo = document.body.appendChild(Object.assign(document.createElement('input'), { id: 'field-seo-description' }));
    expect(fieldOfElement(seo)).toBe('seo');
    expect(fieldOfElement(document.body.appendChild(Object.assign(document.createElement('input'), { id: 'field-no-ads' })))).toBeNull();
  });

  it('asks the side panel for the Comments tab and leaves the anchor for the panel to take once', () => {
    const asked: string[] = [];
    const stop = onPanelRequest((id) => asked.push(id));
    requestComment({ kind: 'field', field: 'teaser' });
    stop();
    expect(asked).toEqual(['comments']);
    expect(takeCommentRequest()).toMatchObject({ anchor: { kind: 'field', field: 'teaser' } });
    expect(takeCommentRequest()).toBeNull();
  });
});
