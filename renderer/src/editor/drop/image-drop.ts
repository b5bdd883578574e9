import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import { uploadPlaceholders } from './upload-placeholders';

export interface ImageDropOptions {
  /** Receives the dropped or pasted files and the document position they go to. */
  onFiles(files: File[], pos: number): void;
}

/**
 * Image files dropped on or pasted into the body: the files go to onFiles (which uploads them
 * behind placeholders). Pasted text always wins over a picture on the clipboard: Word puts a
 * picture of the copied text there too.
 */
export const ImageDrop = Extension.create<ImageDropOptions>({
  name: 'imageDrop',
  addOptions: () => ({ onFiles: () => {} }),
  addProseMirrorPlugins() {
    const { options } = this;
    return [
      uploadPlaceholders(),
      new Plugin({
        props: {
          handleDrop(view, event, _slice, moved) {
            const files = Array.from(event.dataTransfer?.files ?? []);
            if (moved || files.length === 0) return false;
            event.preventDefault();
            if (!view.editable) return true;
            const pos = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? view.state.selection.from;
            options.onFiles(files, pos);
            return true;
          },
          handlePaste(view, event) {
            const data = event.clipboardData;
            const files = Array.from(data?.files ?? []);
            if (!data || files.length === 0 || data.getData('text/plain').trim() !== '') return false;
            if (!view.state.selection.empty) view.dispatch(view.state.tr.deleteSelection());
            options.onFiles(files, view.state.selection.from);
            return true;
          },
        },
      }),
    ];
  },
});
