import { useEffect, useRef, type ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadImage } from '../../../core/article/article';
import { fileLabel } from './drop/file-label';
import { LeadImageDrop } from './drop/LeadImageDrop';
import { UploadStatus } from './drop/UploadStatus';
import { useUploads } from './drop/use-uploads';
import { imageFilesOf, type UploadImage } from './image-upload';

interface Props {
  value: LeadImage;
  /**
   * Receives a change to apply to the lead image as it is WHEN APPLIED: an upload finishing
   * later sets only the picture, and keeps what was typed into alt text and credit meanwhile.
   */
  onChange(change: (current: LeadImage) => LeadImage): void;
  upload: UploadImage;
}

/** The lead image: a drop zone (also a button opening the file chooser, and a paste target), alt text and credit. */
export function LeadImageField({ value, onChange, upload }: Props) {
  const { t, i18n } = useTranslation();
  const { entries, announcement, tracker } = useUploads();
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => void (mounted.current = false);
  }, []);

  const take = async (files: File[]) => {
    const file = imageFilesOf(files)[0];
    const first = files[0];
    if (!first) return;
    const label = fileLabel(file ?? first, i18n.language);
    const id = tracker.start(label, t('images.uploading', { file: label }));
    if (!file) return tracker.fail(id, t('images.notAnImage'));
    const uploaded = await upload(file, (fraction) => tracker.progress(id, fraction));
    if (!mounted.current) return;
    if (!uploaded) return tracker.fail(id, t('images.refused'));
    onChange((current) => ({ ...current, mediaId: uploaded.mediaId }));
    tracker.done(id, t('images.leadSet', { file: label }));
  };
  const onPaste = (e: ClipboardEvent) => {
    const files = Array.from(e.clipboardData.files);
    if (files.length === 0 || e.clipboardData.getData('text/plain').trim() !== '') return;
    e.preventDefault();
    void take(files);
  };
  const setText = (key: 'alt' | 'credit') => (e: { target: { value: string } }) => {
    const text = e.target.value;
    onChange((current) => ({ ...current, [key]: text }));
  };

  return (
    <fieldset className="field-group lead-image" onPaste={onPaste}>
      <legend>{t('field.leadImage')}</legend>
      <div className="lead-image-row">
        <LeadImageDrop mediaId={value.mediaId} alt={value.alt} busy={entries.some((e) => !e.error)} describedBy="lead-image-status" onFiles={(files) => void take(files)} />
        <div className="lead-image-fields">
          <div id="lead-image-status">
            <UploadStatus entries={entries} announcement={announcement} tracker={tracker} />
          </div>
          {value.mediaId ? (
            <div className="file-row">
              <button type="button" className="ghost" onClick={() => onChange((current) => ({ ...current, mediaId: null }))}>
                {t('field.removeImage')}
              </button>
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="field-lead-alt">{t('field.leadImageAlt')}</label>
            <input id="field-lead-alt" value={value.alt} maxLength={500} onChange={setText('alt')} />
          </div>
          <div className="field">
            <label htmlFor="field-image-credit">{t('field.imageCredit')}</label>
            <input id="field-image-credit" value={value.credit} maxLength={300} onChange={setText('credit')} />
          </div>
        </div>
      </div>
    </fieldset>
  );
}
