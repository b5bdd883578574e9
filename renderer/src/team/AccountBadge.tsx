import { useTranslation } from 'react-i18next';
import { ROLE_LABELS } from '../../../core/workflow/labels';
import { useUiLang } from '../workflow/localized';
import { useActing, useTeamAccount } from './account-store';
import './team.css';

/** The signed-in person in the app header: name and role, and whether they come from the site. */
export function AccountBadge() {
  const { t } = useTranslation();
  const lang = useUiLang();
  const acting = useActing();
  const team = useTeamAccount();
  if (!acting) return <span className="account-badge" aria-hidden="true" />;
  const source = acting.fromSite ? (team?.demo ? t('team.account.demoSource') : t('team.account.siteSource')) : t('team.account.localSource');
  return (
    <span className="account-badge" data-testid="account-badge" title={source}>
      <span className="account-avatar" aria-hidden="true">
        {initials(acting.name)}
      </span>
      <span className="account-text">
        <span className="visually-hidden">{t('team.account.signedInAs')} </span>
        <strong className="account-name">{acting.name || t('team.account.noName')}</strong>
        <span className="account-role">
          {ROLE_LABELS[acting.role][lang]}
          {team?.demo && acting.fromSite ? ` · ${t('team.account.demo')}` : ''}
        </span>
      </span>
    </span>
  );
}

/** "Anna Editor" → "AE"; at most two letters. */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]!, parts.at(-1)!] : parts;
  return letters.map((p) => [...p][0]!.toUpperCase()).join('') || '?';
}
