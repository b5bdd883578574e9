import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../core/contract/contract';
import { isValidTimeZone } from '../../../core/time/zone';
import { ROLE_LABELS } from '../../../core/workflow/labels';
import { ROLES } from '../../../core/workflow/roles';
import type { ViewProps } from '../app/view-props';
import { useClient } from '../client/context';
import { useUiLang } from '../workflow/localized';
import { notificationsGranted } from '../workflow/status-notifications';
import { useTeamAccount } from '../team/account-store';
import { publishSettings, useSettings } from './profile-store';
import { TeamAccountSection } from './TeamAccountSection';
import './settings.css';

const zones = (): string[] => {
  try {
    return (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf('timeZone');
  } catch {
    return ['Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich', 'UTC'];
  }
};

/** The acting profile (name and role) and the site's time zone. */
export function SettingsScreen(_props: ViewProps) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const client = useClient();
  const settings = useSettings();
  const team = useTeamAccount();
  /** While a site is connected its account decides name and role: nothing self-declared. */
  const siteAccount = team?.account ? { ...team, account: team.account } : null;
  const [name, setName] = useState('');
  const [role, setRole] = useState<Settings['profile']['role']>('editor');
  const [zone, setZone] = useState('Europe/Berlin');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [notify, setNotify] = useState(notificationsGranted());
  const zoneList = useMemo(zones, []);

  useEffect(() => {
    if (!settings) return;
    setName(settings.profile.name);
    setRole(settings.profile.role);
    setZone(settings.siteTimeZone);
  }, [settings]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!isValidTimeZone(zone)) return setMessage({ kind: 'error', text: t('settings.badZone', { zone }) });
    const result = await client.call('settings.update', { ...(siteAccount ? {} : { profile: { name: name.trim(), role } }), siteTimeZone: zone });
    if (!result.ok) return setMessage({ kind: 'error', text: result.error.message });
    publishSettings(result.value);
    setMessage({ kind: 'ok', text: t('settings.saved') });
  };

  const enableNotifications = async () => {
    if (typeof Notification === 'undefined') return setMessage({ kind: 'error', text: t('settings.notifyUnsupported') });
    const permission = await Notification.requestPermission();
    setNotify(permission === 'granted');
    if (permission !== 'granted') setMessage({ kind: 'error', text: t('settings.notifyDenied') });
  };

  return (
    <div className="settings-screen">
      <h1>{t('settings.title')}</h1>
      <form className="settings-form" onSubmit={(e) => void save(e)}>
        {siteAccount ? <TeamAccountSection team={siteAccount} /> : (
        <fieldset>
          <legend>{t('settings.profile')}</legend>
          <p className="hint">{t('settings.profileHint')}</p>
          <div className="field">
            <label htmlFor="settings-name">{t('settings.name')}</label>
            <input id="settings-name" value={name} maxLength={100} autoComplete="name" onChange={(e) => setName(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="settings-role">{t('settings.role')}</label>
            <select id="settings-role" value={role} onChange={(e) => setRole(e.target.value as Settings['profile']['role'])}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r][lang]}
                </option>
              ))}
            </select>
            <span className="hint">{t(`settings.roleHint.${role}`)}</span>
          </div>
        </fieldset>
        )}
        <fieldset>
          <legend>{t('settings.site')}</legend>
          <div className="field">
            <label htmlFor="settings-zone">{t('settings.zone')}</label>
            <input id="settings-zone" list="settings-zones" value={zone} onChange={(e) => setZone(e.target.value)} aria-describedby="settings-zone-hint" />
            <datalist id="settings-zones">
              {zoneList.map((z) => (
                <option key={z} value={z} />
              ))}
            </datalist>
            <span id="settings-zone-hint" className="hint">
              {t('settings.zoneHint')}
            </span>
          </div>
        </fieldset>
        <div className="settings-actions">
          <button type="submit" className="primary">
            {t('settings.save')}
          </button>
          {message ? (
            <span role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error-text' : 'ok-text'}>
              {message.text}
            </span>
          ) : null}
        </div>
      </form>
      <section className="settings-notify" aria-labelledby="settings-notify-title">
        <h2 id="settings-notify-title">{t('settings.notifications')}</h2>
        <p className="hint">{t('settings.notifyHint')}</p>
        {notify ? <p className="ok-text">{t('settings.notifyOn')}</p> : (
          <button type="button" onClick={() => void enableNotifications()}>
            {t('settings.notifyEnable')}
          </button>
        )}
      </section>
    </div>
  );
}
