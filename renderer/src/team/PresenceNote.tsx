import { useTranslation } from 'react-i18next';
import { useClient } from '../client/context';
import { usePresence } from './use-presence';

/**
 * "Anna Editor is editing" in the editor header. Its line is always there (empty when nobody
 * else is editing), so the header never jumps when someone opens or closes the article.
 */
export function PresenceNote({ articleId, editing = true }: { articleId: string; editing?: boolean }) {
  const { t } = useTranslation();
  const editors = usePresence(useClient(), articleId, editing);
  const text =
    editors.length === 0
      ? ''
      : editors.length === 1
        ? t('team.presence.one', { name: editors[0] })
        : t('team.presence.many', { names: editors.slice(0, -1).join(', '), last: editors.at(-1) });
  return (
    <p className={`presence-note ${text ? 'is-active' : ''}`} role="status" aria-live="polite" data-testid="presence-note">
      {text ? <span className="presence-dot" aria-hidden="true" /> : null}
      {text}
    </p>
  );
}
