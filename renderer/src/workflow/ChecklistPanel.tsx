import { useTranslation } from 'react-i18next';

/** Panel beside the editor (built in the workflow issue). */
export function ChecklistPanel() {
  const { t } = useTranslation();
  return <p className="muted">{t('panels.comingSoon')}</p>;
}
