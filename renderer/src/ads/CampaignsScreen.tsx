import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CAMPAIGN_CATEGORIES, isGambling, type Campaign, type CampaignCategory, type LicenceStatus } from '../../../core/ads/model';
import { DEFAULT_SITE_TIME_ZONE } from '../../../core/time/zone';
import { formatInZone } from '../../../core/time/format';
import type { ViewProps } from '../app/view-props';
import { useClient } from '../client/context';
import { uploadImageFile } from '../editor/image-upload';
import { useAdConfig } from './ad-config-store';
import { campaignToForm, emptyCampaignForm, formToCampaign, type CampaignForm } from './campaign-form';
import type { FieldErrors } from './form-helpers';
import { FormField } from './FormField';
import { SizesField } from './SizesField';
import { DateTimePair } from '../time-input/DateTimePair';
import './ads.css';

const LICENCES: LicenceStatus[] = ['licensed', 'unlicensed', 'unknown'];

/** Booked campaigns: advertiser, category, creative, flight, targeting, priority and licence. */
export function CampaignsScreen(_props: ViewProps) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const { config, error: loadError, publish } = useAdConfig(client);
  const [timeZone, setTimeZone] = useState(DEFAULT_SITE_TIME_ZONE);
  const [form, setForm] = useState<CampaignForm | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const lang = i18n.language.startsWith('de') ? 'de' : 'en';

  useEffect(() => {
    void client.call('settings.get', {}).then((r) => r.ok && setTimeZone(r.value.siteTimeZone));
  }, [client]);

  const edit = (next: CampaignForm | null) => {
    setForm(next);
    setErrors({});
    setError(null);
    if (next) requestAnimationFrame(() => document.getElementById('campaign-advertiser')?.focus());
  };
  const set = <K extends keyof CampaignForm>(key: K, value: CampaignForm[K]) => {
    if (!form) return;
    // From the latest state: two quick edits (a date, then the next field) must not undo each other.
    setForm((current) => current && { ...current, [key]: value });
    const field = key.startsWith('start') ? 'start' : key.startsWith('end') ? 'end' : key === 'category' ? 'licence' : key;
    if (errors[field]) setErrors(({ [field]: _, ...rest }) => rest);
  };

  const save = async () => {
    if (!form || !config) return;
    const read = formToCampaign(form, timeZone, config.campaigns.map((c) => c.id));
    if (!read.ok) {
      setErrors(read.errors);
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.ads-form [aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(true);
    const result = await client.call('ads.campaigns.save', { campaign: read.campaign });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    publish(result.value);
    setStatus(t('ads.campaign.saved', { name: read.campaign.advertiser }));
    edit(null);
  };

  const remove = async (c: Campaign) => {
    if (!window.confirm(t('ads.campaign.deleteConfirm', { name: c.advertiser }))) return;
    const result = await client.call('ads.campaigns.delete', { id: c.id });
    if (!result.ok) return setError(result.error.message);
    publish(result.value);
    setStatus(t('ads.campaign.deleted', { name: c.advertiser }));
  };

  const upload = async (file: File | undefined) => {
    if (!file || !form) return;
    try {
      const { src } = await uploadImageFile(client, file);
      // The app's own /media/<id> path: valid in Electron and the web shell, whatever the port.
      setForm({ ...form, imageUrl: src });
      setErrors({ ...errors, imageUrl: '' });
    } catch (err) {
      setError(t('ads.campaign.uploadFailed', { message: (err as Error).message }));
    }
  };

  const text = (key: keyof CampaignForm & string, label: string, opts: { hint?: string; multiline?: boolean; type?: string } = {}) =>
    form ? (
      <FormField id={`campaign-${key}`} label={label} hint={opts.hint} error={errors[key] || undefined}>
        {(describedBy, invalid) =>
          opts.multiline ? (
            <textarea id={`campaign-${key}`} rows={5} value={String(form[key])} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set(key, e.target.value as never)} />
          ) : (
            <input id={`campaign-${key}`} type={opts.type ?? 'text'} value={String(form[key])} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set(key, e.target.value as never)} />
          )
        }
      </FormField>
    ) : null;

  const flight = (which: 'start' | 'end') =>
    form ? (
      <fieldset aria-describedby={errors[which] ? `campaign-${which}-error` : undefined}>
        <legend>{t(`ads.campaign.${which}`)}</legend>
        <div className="ads-flight">
          <DateTimePair
            value={which === 'start' ? { date: form.startDate, time: form.startTime } : { date: form.endDate, time: form.endTime }}
            dateLabel={t(`ads.campaign.${which}Date`)}
            timeLabel={t(`ads.campaign.${which}Time`)}
            invalid={!!errors[which]}
            // One field changes at a time: only that one is set.
            onChange={(v) =>
              v.date !== (which === 'start' ? form.startDate : form.endDate)
                ? set(which === 'start' ? 'startDate' : 'endDate', v.date)
                : set(which === 'start' ? 'startTime' : 'endTime', v.time)
            }
          />
          <span className="muted">{timeZone}</span>
        </div>
        {errors[which] ? (
          <span id={`campaign-${which}-error`} className="ads-error">
            {t(errors[which])}
          </span>
        ) : null}
      </fieldset>
    ) : null;

  const gambling = form ? isGambling(form.category) : false;
  const nowMs = Date.now();
  const flightStatus = (c: Campaign) =>
    Date.parse(c.flightEnd) <= nowMs ? (
      <span className="ads-status-off">{t('ads.campaign.ended')}</span>
    ) : Date.parse(c.flightStart) > nowMs ? (
      <span>{t('ads.campaign.upcoming')}</span>
    ) : (
      <span className="ads-status-on">{t('ads.campaign.running')}</span>
    );

  return (
    <div className="ads-screen">
      <div className="ads-screen-head">
        <h1>{t('nav.campaigns')}</h1>
        <button type="button" className="primary" onClick={() => edit(emptyCampaignForm(new Date(), timeZone))}>
          {t('ads.campaign.add')}
        </button>
      </div>
      <p className="muted">{t('ads.campaign.intro')}</p>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {loadError || error ? (
        <p className="preview-error" role="alert">
          {loadError ?? error}
        </p>
      ) : null}

      {form ? (
        <form
          className="ads-form"
          aria-labelledby="campaign-form-title"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          onKeyDown={(e) => e.key === 'Escape' && edit(null)}
        >
          <h2 id="campaign-form-title">{form.id ? t('ads.campaign.editTitle', { name: form.advertiser }) : t('ads.campaign.newTitle')}</h2>
          <div className="ads-form-grid">
            {text('advertiser', t('ads.campaign.advertiser'))}
            <div className="field">
              <label htmlFor="campaign-category">{t('ads.campaign.category')}</label>
              <select id="campaign-category" value={form.category} onChange={(e) => set('category', e.target.value as CampaignCategory)}>
                {CAMPAIGN_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {t(`ads.category.${c}`)}
                  </option>
                ))}
              </select>
            </div>
            <FormField id="campaign-licence" label={t('ads.campaign.licence')} hint={gambling ? t('ads.campaign.licenceHintGambling') : t('ads.campaign.licenceHint')} error={errors.licence || undefined}>
              {(describedBy, invalid) => (
                <select
                  id="campaign-licence"
                  value={form.licence}
                  required={gambling}
                  aria-describedby={describedBy}
                  aria-invalid={invalid || undefined}
                  onChange={(e) => set('licence', e.target.value as LicenceStatus | '')}
                >
                  <option value="">{t('ads.campaign.licenceChoose')}</option>
                  {LICENCES.map((l) => (
                    <option key={l} value={l}>
                      {t(`ads.licence.${l}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          </div>

          <fieldset>
            <legend>{t('ads.campaign.creative')}</legend>
            <div className="ads-checks" role="radiogroup" aria-label={t('ads.campaign.creativeKind')}>
              {(['image', 'html'] as const).map((k) => (
                <label key={k}>
                  <input type="radio" name="creative-kind" checked={form.creativeKind === k} onChange={() => set('creativeKind', k)} />
                  {t(`ads.campaign.creative_${k}`)}
                </label>
              ))}
            </div>
            {form.creativeKind === 'image' ? (
              <div className="ads-form-grid">
                <div className="field">
                  <label htmlFor="campaign-upload">{t('ads.campaign.upload')}</label>
                  <input id="campaign-upload" type="file" accept="image/png,image/jpeg,image/gif,image/webp" onChange={(e) => void upload(e.target.files?.[0])} />
                  {form.imageUrl ? <img className="ads-preview-img" src={form.imageUrl} alt="" /> : null}
                </div>
                {text('imageUrl', t('ads.campaign.imageUrl'), { hint: t('ads.campaign.imageUrlHint') })}
                {text('clickUrl', t('ads.campaign.clickUrl'), { type: 'url' })}
                {text('alt', t('ads.campaign.alt'))}
              </div>
            ) : (
              text('html', t('ads.campaign.html'), { multiline: true, hint: t('ads.campaign.htmlHint') })
            )}
          </fieldset>

          <SizesField idPrefix="campaign" value={form.sizes} error={errors.sizes || undefined} onChange={(sizes) => set('sizes', sizes)} />
          <div className="ads-form-grid">
            {flight('start')}
            {flight('end')}
          </div>
          <div className="ads-form-grid">
            {text('targetSections', t('ads.campaign.targetSections'), { hint: t('ads.campaign.listHint') })}
            {text('targetTags', t('ads.campaign.targetTags'), { hint: t('ads.campaign.listHint') })}
            {text('excludedTags', t('ads.campaign.excludedTags'), { hint: t('ads.campaign.listHint') })}
          </div>
          <div className="ads-form-grid">
            {text('priority', t('ads.campaign.priority'), { type: 'number', hint: t('ads.campaign.priorityHint') })}
            {text('weight', t('ads.campaign.weight'), { type: 'number', hint: t('ads.campaign.weightHint') })}
          </div>
          <div className="ads-form-actions">
            <button type="button" onClick={() => edit(null)}>
              {t('ads.cancel')}
            </button>
            <button type="submit" className="primary" disabled={busy}>
              {t('ads.campaign.save')}
            </button>
          </div>
        </form>
      ) : null}

      {config ? (
        <table className="ads-table">
          <caption className="visually-hidden">{t('nav.campaigns')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ads.campaign.advertiser')}</th>
              <th scope="col">{t('ads.campaign.category')}</th>
              <th scope="col">{t('ads.campaign.flight')}</th>
              <th scope="col">{t('ads.slot.sizes')}</th>
              <th scope="col">{t('ads.campaign.priorityWeight')}</th>
              <th scope="col">{t('ads.campaign.status')}</th>
              <th scope="col">{t('ads.campaign.licence')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('ads.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {config.campaigns.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.advertiser}</th>
                <td>{t(`ads.category.${c.category}`)}</td>
                <td>
                  {formatInZone(c.flightStart, timeZone, lang, 'dateTime')} – {formatInZone(c.flightEnd, timeZone, lang, 'dateTime')}
                </td>
                <td>{c.sizes.join(', ')}</td>
                <td>
                  {c.priority} / {c.weight}
                </td>
                <td>{flightStatus(c)}</td>
                <td>{isGambling(c.category) ? t(`ads.licence.${c.licence}`) : '—'}</td>
                <td className="ads-actions">
                  <button type="button" className="ghost" aria-label={t('ads.editNamed', { name: c.advertiser })} onClick={() => edit(campaignToForm(c, timeZone))}>
                    {t('ads.edit')}
                  </button>
                  <button type="button" className="ghost danger" aria-label={t('ads.deleteNamed', { name: c.advertiser })} onClick={() => void remove(c)}>
                    {t('ads.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('ads.loading')}</p>
      )}
    </div>
  );
}
