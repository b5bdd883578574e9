import { useTranslation } from 'react-i18next';
import type { AdSlot, Campaign } from '../../../core/ads/model';
import type { Placement, Skipped } from '../../../core/ads/placement-types';
import type { BodyDoc } from '../../../core/article/body-schema';
import { paragraphsUpTo } from './preview-model';

interface Props {
  placements: readonly Placement[];
  skipped: readonly Skipped[];
  slots: readonly AdSlot[];
  campaigns: readonly Campaign[];
  body: BodyDoc;
}

/** "Why these ads": every ad on the page with where and why, and everything the engine left out. */
export function AdExplanations({ placements, skipped, slots, campaigns, body }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('de') ? 'de' : 'en';
  const slotName = (id: string) => slots.find((s) => s.id === id)?.name ?? (id === 'manual' ? t('preview.why.manualSlot') : id);
  const subject = (s: Skipped) =>
    (s.campaignId ? campaigns.find((c) => c.id === s.campaignId)?.advertiser : null) ?? (s.slotId ? slotName(s.slotId) : null);
  const where = (p: Placement) =>
    p.position.kind === 'afterBlock' ? t('preview.why.afterParagraph', { n: paragraphsUpTo(body, p.position.blockIndex ?? 0) }) : t(`preview.why.at.${p.position.kind}`);
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
      {skipped.some((s) => s.code === 'DENSITY_LIMIT') ? (
        <div className="preview-skipped">
          <p className="hint warn">{t('adsDensity.dropped')}</p>
          <ul aria-label={t('adsDensity.dropped')}>
            {skipped.filter((s) => s.code === 'DENSITY_LIMIT').map((s, i) => (
              <li key={`${s.slotId ?? ''}-${s.blockIndex ?? i}`}>{s.message[lang]}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {skipped.length > 0 ? (
        <details className="preview-skipped">
          <summary>{t('preview.why.skipped', { count: skipped.length })}</summary>
          <ul>
            {skipped.map((s, i) => (
              <li key={`${s.code}-${s.slotId ?? ''}-${s.campaignId ?? ''}-${i}`}>
                {subject(s) ? <strong>{subject(s)}: </strong> : null}
                {s.message[lang]}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
