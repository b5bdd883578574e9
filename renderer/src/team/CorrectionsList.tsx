import { useTranslation } from 'react-i18next';
import { formatInZone } from '../../../core/time/format';
import { useEditorSession } from '../editor/editor-session';
import { useSettings } from '../settings/profile-store';
import { useUiLang } from '../workflow/localized';
import './team.css';

/** The dated correction notes of a live article, oldest first, as the site prints them. */
export function CorrectionsList() {
  const { t } = useTranslation();
  const lang = useUiLang();
  const { article } = useEditorSession();
  const zone = useSettings()?.siteTimeZone ?? 'Europe/Berlin';
  const corrections = article.corrections ?? [];
  if (corrections.length === 0) return null;
  return (
    <section className="corrections" aria-labelledby="corrections-title">
      <h2 id="corrections-title" className="corrections-title">
        {t('team.corrections.title', { count: corrections.length })}
      </h2>
      <ol>
        {corrections.map((c) => (
          <li key={c.at}>
            <strong>{t('team.corrections.dated', { date: formatInZone(c.at, zone, lang, 'date') })}</strong> {c.note}
          </li>
        ))}
      </ol>
    </section>
  );
}
