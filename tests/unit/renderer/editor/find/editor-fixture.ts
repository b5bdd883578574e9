import { Editor, type JSONContent } from '@tiptap/core';
import { bodyExtensions } from '../../../../../renderer/src/editor/body-extensions';
import { ImageDrop } from '../../../../../renderer/src/editor/drop/image-drop';
import { FindHighlight } from '../../../../../renderer/src/editor/find/find-highlight';

export const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
export const text = (value: string, bold = false): JSONContent => ({ type: 'text', text: value, ...(bold ? { marks: [{ type: 'bold' }] } : {}) });

/** A real body editor (the body schema plus the find and drop plugins) in jsdom. */
export function bodyEditor(...blocks: JSONContent[]): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  return new Editor({ element, extensions: [...bodyExtensions(), ImageDrop, FindHighlight], content: { type: 'doc', content: blocks } });
}
