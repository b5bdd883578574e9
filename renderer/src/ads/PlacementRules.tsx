import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdConfig } from '../../../core/ads/model';
import { useClient } from '../client/context';
import type { FieldErrors } from './form-helpers';
import { FormField } from './FormField';
import { formToSettings, settingsToForm, type SettingsForm } from './settings-form';

/** Site-wide placement rules: spacing, ads per 1,000 words and the mobile density limit. */
export function PlacementRules({ config, onSaved }: { config: AdConfig; onSaved(config: AdConfig): void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [form, setForm] = useState<SettingsForm>(() => settingsToForm(config.settings));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  useEffect(() => setForm(settingsToForm(config.settings)), [config.settings]);

  const save = async () => {
    const read = formToSettings(form, config.settings);
    if (!read.ok) return setErrors(read.errors);
    setErrors({});
    const result = await client.call('ads.settings.save', { settings: read.settings });
    if (!result.ok) return setMessage(result.error.message);
    onSaved(result.value);
    setMessage(t('ads.rules.saved'));
  };
  const field = (key: keyof SettingsForm, step: string) => (
    <FormField id={`rules-${key}`} label={t(`ads.rules.${key}`)} error={errors[key]}>
      {(describedBy, invalid) => (
        <input
          id={`rules-${key}`}
          type="number"
          step={step}
          min={0}
          value={form[key]}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => setForm({ ...form, [key]: e.target.value })}
        />
      )}
    </FormField>
  );
  return (
    <form
      className="ads-form"
      aria-labelledby="rules-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id="rules-title">{t('ads.rules.title')}</h2>
      <div className="ads-form-grid">
        {field('minParagraphsBetweenAds', '1')}
        {field('maxAdsPer1000Words', '0.5')}
        {field('maxMobileDensityPercent', '1')}
      </div>
      <p className="hint">{t('ads.rules.brandSafety', { count: config.settings.brandSafety.length })}</p>
      <div className="ads-form-actions">
        <span role="status" className="muted">
          {message}
        </span>
        <button type="submit">{t('ads.rules.save')}</button>
      </div>
    </form>
  );
}
