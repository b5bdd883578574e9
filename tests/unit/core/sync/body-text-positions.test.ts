// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { bodyTextPositions } from '../../../../core/sync/body-text-positions';
import { bodyExtensions } from '../../../../renderer/src/editor/body-extensions';
import { bodyWithTable } from '../article/table-fixture';

describe('body text positions in a body with a table', () => {
  it('match the editor: the same quoted text, and each character at its document position', () => {
    const editor = new Editor({ extensions: bodyExtensions(), content: bodyWithTable });
    try {
      const doc = editor.state.doc;
      const positions = bodyTextPositions(editor.getJSON() as never);
      expect(positions.size).toBe(doc.content.size);
      expect(positions.text).toBe(doc.textBetween(0, doc.content.size, ' '));
      expect(positions.text).toContain('CDU 30,2');
      positions.starts.forEach((start, i) => {
        if (positions.text[i] !== ' ') expect(doc.textBetween(start, positions.ends[i]!)).toBe(positions.text[i]);
      });
    } finally {
      editor.destroy();
    }
  });
});
