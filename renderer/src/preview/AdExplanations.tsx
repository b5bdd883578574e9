import { useTranslation } from 'react-i18next';
import type { AdSlot } from '../../../core/ads/model';
import type { Placement, Skipped } from '../../../core/ads/placement-types';

interface Props {
  placements: readonly Placement[];
  skipped: readonly Skipped[];
  slots: readonly AdSlot[];
}

/** "Why these ads": every ad on the page with where and why, and everything the engine left out. */
export function AdExplanations({ placements, skipped, slots }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('de') ? 'de' : 'en';
  const slotName = (id: string) => slots.find((s) => s.id === id)?.name ?? (id === 'manual' ? t('preview.why.manualSlot') : id);
  const where = (p: Placement) =>
    p.position.kind === 'afterBlock' ? t('preview.why.afterBlock', { n: (p.position.blockIndex ?? 0) + 1 }) : t(`preview.why.at.${p.position.kind}`);
  return (
    <section className="preview-section" aria-labelledby="preview-why-title">
      <h3 id="preview-why-title">{t('preview.why.title')}</h3>
      {placements.length === 0 ? <p className="muted">{t('preview.why.noAds')}</p> : null}
      <ol className="preview-why" aria-label={t('preview.why.placed')}>
        {placements.map((p, i) => (
          <li key={`${p.slotId}-${p.position.kind}-${p.position.blockIndex ?? i}`}>
            <strong>{slotName(p.slotId)}</strong> · {where(p)} · {p.size} · {t(`preview.why.source.${p.source}`)}
            <br />
            <span className="muted">
              {p.campaign
                ? t('preview.why.campaign', {
                    advertiser: p.campaign.advertiser,
                    category: t(`ads.category.${p.campaign.category}`),
                    priority: p.campaign.priority,
                    weight: p.campaign.weight,
                  })
                : t('preview.why.empty')}
            </span>
          </li>
        ))}
      </ol>
      {skipped.length > 0 ? (
        <details className="preview-skipped">
          <summary>{t('preview.why.skipped', { count: skipped.length })}</summary>
          <ul>
            {skipped.map((s, i) => (
              <li key={`${s.code}-${s.slotId ?? ''}-${s.campaignId ?? ''}-${i}`}>{s.message[lang]}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
