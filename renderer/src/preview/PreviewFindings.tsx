import { useTranslation } from 'react-i18next';
import type { AdEvaluation } from '../../../core/contract/calls/ads';

/** The ad policy findings on the draft, in the UI language, or why there are none yet. */
export function PreviewFindings({ evaluation, error }: { evaluation: AdEvaluation | null; error: string | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('de') ? 'de' : 'en';
  return (
    <section className="preview-section" aria-labelledby="preview-findings-title">
      <h3 id="preview-findings-title">{t('preview.findings.title')}</h3>
      {error ? (
        <p className="preview-error" role="alert">
          {error}
        </p>
      ) : null}
      {!evaluation && !error ? <p className="muted">{t('preview.findings.pending')}</p> : null}
      {evaluation && evaluation.findings.length === 0 ? <p className="preview-ok">{t('preview.findings.none')}</p> : null}
      {evaluation && evaluation.findings.length > 0 ? (
        <ul className="preview-findings" aria-label={t('preview.findings.title')}>
          {evaluation.findings.map((f, i) => (
            <li key={`${f.code}-${i}`} className={`preview-finding preview-finding--${f.severity}`}>
              <strong>{t(`preview.severity.${f.severity}`)}:</strong> {f.message[lang]}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
