import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamAccount } from '../../../core/contract/calls/team';
import { ROLE_LABELS } from '../../../core/workflow/labels';
import type { Role } from '../../../core/workflow/roles';
import { useClient } from '../client/context';
import { publishTeamAccount } from '../team/account-store';
import { refusalText, useUiLang } from '../workflow/localized';
import { publishSettings } from './profile-store';
import '../team/team.css';

/**
 * Who the app acts as while a site is connected: the site account's name and role, read only.
 * On the embedded site's demo team the role can be switched, which switches to that demo account.
 */
export function TeamAccountSection({ team }: { team: TeamAccount & { account: NonNullable<TeamAccount['account']> } }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { account } = team;

  const switchTo = async (role: Role) => {
    setBusy(true);
    setError(null);
    const result = await client.call('team.useDemoAccount', { role });
    setBusy(false);
    if (!result.ok) return setError(refusalText(result.error, lang));
    publishTeamAccount(result.value);
    const settings = await client.call('settings.get', {});
    if (settings.ok) publishSettings(settings.value);
  };

  return (
    <fieldset className="team-account">
      <legend>{t('settings.team.legend')}</legend>
      <p className="hint">
        {team.demo && team.siteUrl ? t('settings.team.fromDemo', { url: team.siteUrl }) : team.siteUrl ? t('settings.team.fromSite', { url: team.siteUrl }) : t('settings.team.fromSiteNoUrl')}
      </p>
      <dl className="team-facts">
        <dt>{t('settings.name')}</dt>
        <dd data-testid="team-account-name">{account.name}</dd>
        {team.demo ? null : (
          <>
            <dt>{t('settings.role')}</dt>
            <dd data-testid="team-account-role">{ROLE_LABELS[account.role][lang]}</dd>
          </>
        )}
      </dl>
      {team.demo ? (
        <div className="field">
          <label htmlFor="settings-demo-role">{t('settings.role')}</label>
          <select id="settings-demo-role" value={account.role} disabled={busy} aria-describedby="settings-demo-hint" onChange={(e) => void switchTo(e.target.value as Role)}>
            {team.demoAccounts.map((d) => (
              <option key={d.role} value={d.role}>
                {ROLE_LABELS[d.role][lang]} – {d.name}
              </option>
            ))}
          </select>
          <span id="settings-demo-hint" className="hint">
            {t('settings.team.demoHint')}
          </span>
          <span className="hint">{t(`settings.roleHint.${account.role}`)}</span>
        </div>
      ) : (
        <p className="hint">{t('settings.team.roleFromSite')}</p>
      )}
      {error ? (
        <p role="alert" className="error-text">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
