import type { Editor } from '@tiptap/core';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { UploadImage } from '../image-upload';
import { uploadIntoBody } from './body-uploads';
import { fileLabel } from './file-label';
import { useUploads } from './use-uploads';

/** The body's uploads: what the drop/paste plugin and the toolbar call, and the status they show. */
export function useBodyUploads(upload: UploadImage) {
  const { t, i18n } = useTranslation();
  const { entries, announcement, tracker } = useUploads();
  const latest = useRef({ upload, t, lang: i18n.language });
  latest.current = { upload, t, lang: i18n.language };
  const onFiles = useCallback(
    (editor: Editor, files: File[], pos: number) => {
      const { upload: send, t: tr, lang } = latest.current;
      uploadIntoBody(editor, files, pos, {
        upload: send,
        tracker,
        label: (file) => fileLabel(file, lang),
        text: {
          uploading: (file) => tr('images.uploading', { file }),
          done: (file) => tr('images.inserted', { file }),
          notAnImage: tr('images.notAnImage'),
          refused: tr('images.refused'),
        },
      });
    },
    [tracker],
  );
  return { onFiles, status: { entries, announcement, tracker } };
}
