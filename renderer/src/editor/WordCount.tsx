import { useTranslation } from 'react-i18next';
import { readingMinutes } from '../../../core/text/body-text';

/** The body's counter beside its label: "250 words · 1 min read"; an empty body says "0 words" only. */
export function WordCount({ words }: { words: number }) {
  const { t } = useTranslation();
  return (
    <span className="muted counts" aria-live="off">
      {t('editor.wordCount', { count: words })}
      {words > 0 ? ` · ${t('editor.readingTime', { minutes: readingMinutes(words) })}` : ''}
    </span>
  );
}
