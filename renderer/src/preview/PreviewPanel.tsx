import { useTranslation } from 'react-i18next';

/** The live page preview beside the editor (built in the preview issue). */
export function PreviewPanel() {
  const { t } = useTranslation();
  return <p className="muted">{t('panels.comingSoon')}</p>;
}
