import { useTranslation } from 'react-i18next';
import type { ViewProps } from '../app/view-props';

/** Settings -> Sites: the publishing targets (built in the sync issue). */
export function SitesScreen(_props: ViewProps) {
  const { t } = useTranslation();
  return <p className="muted screen-placeholder">{t('panels.comingSoon')}</p>;
}
