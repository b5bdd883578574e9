import type { Editor } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { Fragment, Slice, type Node as PMNode } from '@tiptap/pm/model';
import { dropPoint } from '@tiptap/pm/transform';
import { imageFilesOf, type UploadImage } from '../image-upload';
import { placeholderElement } from './placeholder-element';
import { addPlaceholder, placeholderPos, removePlaceholder } from './upload-placeholders';
import type { UploadTracker } from './use-uploads';

export interface BodyUploadDeps {
  upload: UploadImage;
  tracker: UploadTracker;
  /** "harbour.png (120 KB)" */
  label(file: File): string;
  text: { uploading(label: string): string; done(label: string): string; notAnImage: string; refused: string };
}

/** A block position for a figure near `pos` (before or after the paragraph it falls in). */
const figurePoint = (doc: PMNode, pos: number, figure: PMNode) => dropPoint(doc, pos, new Slice(Fragment.from(figure), 0, 0)) ?? pos;

/**
 * Uploads files into the body at `pos`: each gets a placeholder at once, all upload side by
 * side, and each figure replaces its placeholder in the order the files came, whatever was typed
 * meanwhile (positions are mapped through every change). Nothing here moves focus or selection.
 */
export function uploadIntoBody(editor: Editor, files: File[], pos: number, deps: BodyUploadDeps): void {
  const type = editor.schema.nodes.figure!;
  const at = figurePoint(editor.state.doc, pos, type.create());
  const images = new Set(imageFilesOf(files));
  let inOrder: Promise<void> = Promise.resolve();
  for (const file of files) {
    const label = deps.label(file);
    const id = deps.tracker.start(label, deps.text.uploading(label));
    if (!images.has(file)) {
      deps.tracker.fail(id, deps.text.notAnImage);
      continue;
    }
    const placeholder = placeholderElement(deps.text.uploading(label));
    editor.view.dispatch(addPlaceholder(editor.state.tr, id, at, placeholder.dom));
    const uploading = deps
      .upload(file, (fraction) => {
        placeholder.setProgress(fraction);
        deps.tracker.progress(id, fraction);
      })
      .catch(() => null);
    inOrder = inOrder.then(async () => {
      const uploaded = await uploading;
      if (editor.isDestroyed) return;
      const where = placeholderPos(editor.state, id);
      const tr = removePlaceholder(editor.state.tr, id);
      if (uploaded && where !== null) {
        const figure = type.create({ src: uploaded.src, mediaId: uploaded.mediaId });
        closeHistory(tr.insert(figurePoint(tr.doc, where, figure), figure));
      }
      editor.view.dispatch(tr);
      if (uploaded) deps.tracker.done(id, deps.text.done(label));
      else deps.tracker.fail(id, deps.text.refused);
    });
  }
}
