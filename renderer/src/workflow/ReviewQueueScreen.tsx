import { useTranslation } from 'react-i18next';
import type { ViewProps } from '../app/view-props';

/** A top-level screen of the app. */
export function ReviewQueueScreen(_props: ViewProps) {
  const { t } = useTranslation();
  return <p className="muted screen-placeholder">{t('panels.comingSoon')}</p>;
}
