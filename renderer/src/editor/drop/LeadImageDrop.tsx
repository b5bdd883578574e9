import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCEPTED_IMAGE_TYPES, mediaUrl } from '../image-upload';
import './drop.css';

interface Props {
  mediaId: string | null;
  alt: string;
  busy: boolean;
  describedBy: string;
  onFiles(files: File[]): void;
}

/** The lead image's picture as a drop zone that is also a button: Enter or Space opens the file chooser. */
export function LeadImageDrop({ mediaId, alt, busy, describedBy, onFiles }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <div className="lead-image-preview">
      <button
        type="button"
        className={`lead-image-drop${mediaId ? ' has-image' : ''}${over ? ' is-over' : ''}`}
        // The name holds the visible hint word for word (WCAG 2.5.3, label in name).
        aria-label={mediaId ? t('images.leadReplace') : `${t('field.leadImage')}: ${t('images.leadDropHint')}`}
        aria-describedby={describedBy}
        aria-busy={busy || undefined}
        onClick={() => input.current?.click()}
        onDragEnter={(e) => (e.preventDefault(), setOver(true))}
        onDragOver={(e) => e.preventDefault()}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          onFiles(Array.from(e.dataTransfer.files));
        }}
      >
        {mediaId ? <img src={mediaUrl(mediaId)} alt={alt} /> : <span>{t('images.leadDropHint')}</span>}
      </button>
      <input
        id="field-lead-image"
        ref={input}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('field.leadImage')}
        accept={ACCEPTED_IMAGE_TYPES.join(',')}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          onFiles(files);
        }}
      />
    </div>
  );
}
