import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '../../../core/checklist/items';
import { useUiLang } from './localized';

/** Why a workflow action was refused: the message, or the required checklist items that fail. */
export interface Failure {
  message: string;
  blocking: ChecklistItem[];
}

/** The refusal next to the workflow buttons (and in the update dialog); dismissable when `onClose` is given. */
export function FailureBox({ failure, onClose }: { failure: Failure; onClose?(): void }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  return (
    <div className="workflow-failure" role="alert">
      <strong>{t('workflow.failed')}</strong> {failure.blocking.length > 0 ? t('workflow.checklistFailed') : failure.message}
      {failure.blocking.length > 0 ? (
        <ul>
          {failure.blocking.map((item) => (
            <li key={item.id}>{item.message[lang]}</li>
          ))}
        </ul>
      ) : null}
      {onClose ? (
        <button type="button" className="ghost" aria-label={t('workflow.dismiss')} onClick={onClose}>
          ×
        </button>
      ) : null}
    </div>
  );
}
