import { useTranslation } from 'react-i18next';

export type AdMarker = 'comment' | 'advanced-ads';
export type UnpublishedAs = 'draft' | 'private';

interface Props {
  adMarker: AdMarker;
  unpublishedAs: UnpublishedAs;
  onAdMarker(next: AdMarker): void;
  onUnpublishedAs(next: UnpublishedAs): void;
}

/** How a WordPress site marks ad slots and keeps unpublished articles (asked when adding it). */
export function WordPressOptionsFields({ adMarker, unpublishedAs, onAdMarker, onUnpublishedAs }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field">
        <label htmlFor="sync-ad-marker">{t('sync.wp.adMarker')}</label>
        <select id="sync-ad-marker" value={adMarker} onChange={(e) => onAdMarker(e.target.value as AdMarker)}>
          <option value="comment">{t('sync.wp.adMarkerComment')}</option>
          <option value="advanced-ads">{t('sync.wp.adMarkerAdvancedAds')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="sync-unpublished">{t('sync.wp.unpublishedAs')}</label>
        <select id="sync-unpublished" value={unpublishedAs} onChange={(e) => onUnpublishedAs(e.target.value as UnpublishedAs)}>
          <option value="draft">{t('sync.wp.draft')}</option>
          <option value="private">{t('sync.wp.private')}</option>
        </select>
      </div>
      <p className="hint">{t('sync.wp.nearFutureHint')}</p>
    </>
  );
}
