import { useTranslation } from 'react-i18next';

interface Props {
  /** Ads as a share of the phone page's main content, in percent; null before it is measured. */
  percent: number | null;
  maxPercent: number;
}

/** Better Ads density of the phone layout, measured in the rendered page, with the limit marked. */
export function DensityMeter({ percent, maxPercent }: Props) {
  const { t } = useTranslation();
  const over = percent !== null && percent > maxPercent;
  const fmt = (n: number) => n.toLocaleString(t('preview.numberLocale'), { maximumFractionDigits: 1 });
  const text = percent === null ? t('preview.density.pending') : t('preview.density.value', { percent: fmt(percent), max: fmt(maxPercent) });
  return (
    <section className="preview-section" aria-labelledby="preview-density-title">
      <h3 id="preview-density-title">{t('preview.density.title')}</h3>
      <div className="density-row">
        <div
          role="meter"
          aria-labelledby="preview-density-title"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent ?? 0}
          aria-valuetext={text}
          className={over ? 'density-meter is-over' : 'density-meter'}
        >
          <div className="density-fill" style={{ width: `${Math.min(100, percent ?? 0)}%` }} />
          <div className="density-limit" style={{ left: `${maxPercent}%` }} aria-hidden="true" />
        </div>
        <span className="density-text">{text}</span>
      </div>
      {over ? (
        <p className="preview-warning" role="status">
          {t('preview.density.warn', { percent: fmt(percent), max: fmt(maxPercent) })}
        </p>
      ) : null}
    </section>
  );
}
