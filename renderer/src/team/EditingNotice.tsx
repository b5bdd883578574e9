import { useTranslation } from 'react-i18next';
import { formatInZone } from '../../../core/time/format';
import { useEditorSession } from '../editor/editor-session';
import { useSettings } from '../settings/profile-store';
import { useUiLang } from '../workflow/localized';
import { useActing } from './account-store';
import './team.css';

/**
 * What an edit will do, said before the first keystroke: on an approved or scheduled article
 * it goes back to review; on a live one it becomes a pending update (badge while one exists).
 */
export function EditingNotice() {
  const { t } = useTranslation();
  const lang = useUiLang();
  const { article } = useEditorSession();
  const acting = useActing();
  const zone = useSettings()?.siteTimeZone ?? 'Europe/Berlin';
  const mayEdit = acting?.role !== 'reviewer';
  const pending = article.status === 'published' ? article.pendingUpdate : null;

  if (acting?.fromSite && !mayEdit) {
    return (
      <p className="editing-notice tone-info muted" data-testid="editing-notice">
        {t('team.editing.reviewerReadOnly')}
      </p>
    );
  }
  if ((article.status === 'approved' || article.status === 'scheduled') && mayEdit) {
    return (
      <p className="editing-notice tone-warn" data-testid="editing-notice">
        {t('team.editing.backToReview')}
      </p>
    );
  }
  if (article.status !== 'published' || (!pending && !mayEdit)) return null;
  return (
    <div className="editing-notice tone-info" data-testid="editing-notice">
      {pending ? (
        <p className="pending-line">
          <span className="pending-badge">{t('team.editing.pendingBadge')}</span>
          <span className="muted">{t('team.editing.pendingSince', { name: pending.by, when: formatInZone(pending.since, zone, lang, 'dateTime') })}</span>
        </p>
      ) : null}
      {mayEdit ? <p className="muted">{t('team.editing.pendingUpdate')}</p> : null}
    </div>
  );
}
