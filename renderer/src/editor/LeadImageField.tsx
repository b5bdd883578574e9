import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadImage } from '../../../core/article/article';
import { mediaUrl } from './image-upload';

interface Props {
  value: LeadImage;
  onChange(value: LeadImage): void;
  upload(file: File): Promise<{ mediaId: string } | null>;
}

export function LeadImageField({ value, onChange, upload }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <fieldset className="field-group lead-image">
      <legend>{t('field.leadImage')}</legend>
      <div className="lead-image-row">
        <div className="lead-image-preview">
          {value.mediaId ? <img src={mediaUrl(value.mediaId)} alt={value.alt} /> : <div className="placeholder" aria-hidden="true" />}
        </div>
        <div className="lead-image-fields">
          <div className="file-row">
            <label htmlFor="field-lead-image" className="button">
              {t('field.chooseImage')}
            </label>
            <input
              id="field-lead-image"
              ref={input}
              type="file"
              className="visually-hidden"
              aria-label={t('field.leadImage')}
              accept="image/png,image/jpeg,image/gif,image/webp"
              onChange={async (e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (!file) return;
                const uploaded = await upload(file);
                if (uploaded) onChange({ ...value, mediaId: uploaded.mediaId });
              }}
            />
            {value.mediaId ? (
              <button type="button" className="ghost" onClick={() => onChange({ ...value, mediaId: null })}>
                {t('field.removeImage')}
              </button>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor="field-lead-alt">{t('field.leadImageAlt')}</label>
            <input id="field-lead-alt" value={value.alt} maxLength={500} onChange={(e) => onChange({ ...value, alt: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="field-image-credit">{t('field.imageCredit')}</label>
            <input id="field-image-credit" value={value.credit} maxLength={300} onChange={(e) => onChange({ ...value, credit: e.target.value })} />
          </div>
        </div>
      </div>
    </fieldset>
  );
}
