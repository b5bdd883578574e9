import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CAMPAIGN_CATEGORIES, type AdSlot } from '../../../core/ads/model';
import type { ViewProps } from '../app/view-props';
import { useClient } from '../client/context';
import { useAdConfig } from './ad-config-store';
import type { FieldErrors } from './form-helpers';
import { FormField } from './FormField';
import { defaultPositionNumber, describePosition } from './position-rule';
import { PlacementRules } from './PlacementRules';
import { PositionRuleFields } from './PositionRuleFields';
import { SizesField } from './SizesField';
import { emptySlotForm, formToSlot, slotToForm, type SlotForm } from './slot-form';
import './ads.css';

/** The site's ad inventory: every slot with its position rule, sizes and label; add, edit, delete. */
export function AdSlotsScreen(_props: ViewProps) {
  const { t } = useTranslation();
  const client = useClient();
  const { config, error: loadError, publish } = useAdConfig(client);
  const [form, setForm] = useState<SlotForm | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const edit = (next: SlotForm | null) => {
    setForm(next);
    setErrors({});
    setError(null);
    if (next) requestAnimationFrame(() => document.getElementById('slot-name')?.focus());
  };

  const save = async () => {
    if (!form || !config) return;
    const read = formToSlot(form, config.slots.map((s) => s.id));
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setBusy(true);
    const result = await client.call('ads.slots.save', { slot: read.slot });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    publish(result.value);
    setStatus(t('ads.slot.saved', { name: read.slot.name }));
    edit(null);
  };

  const remove = async (slot: AdSlot) => {
    if (!window.confirm(t('ads.slot.deleteConfirm', { name: slot.name }))) return;
    const result = await client.call('ads.slots.delete', { id: slot.id });
    if (!result.ok) return setError(result.error.message);
    publish(result.value);
    setStatus(t('ads.slot.deleted', { name: slot.name }));
  };

  const clearError = (field: string) => errors[field] && setErrors(({ [field]: _, ...rest }) => rest);
  const set = <K extends keyof SlotForm>(key: K, value: SlotForm[K]) => {
    if (!form) return;
    setForm({ ...form, [key]: value });
    clearError(key);
  };

  return (
    <div className="ads-screen">
      <div className="ads-screen-head">
        <h1>{t('nav.adSlots')}</h1>
        <button type="button" className="primary" onClick={() => edit(emptySlotForm())}>
          {t('ads.slot.add')}
        </button>
      </div>
      <p className="muted">{t('ads.slot.intro')}</p>
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
          aria-labelledby="slot-form-title"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          onKeyDown={(e) => e.key === 'Escape' && edit(null)}
        >
          <h2 id="slot-form-title">{form.id ? t('ads.slot.editTitle', { name: form.name }) : t('ads.slot.newTitle')}</h2>
          <div className="ads-form-grid">
            <FormField id="slot-name" label={t('ads.slot.name')} error={errors.name}>
              {(describedBy, invalid) => (
                <input id="slot-name" value={form.name} maxLength={100} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set('name', e.target.value)} />
              )}
            </FormField>
            <FormField id="slot-label" label={t('ads.slot.label')} hint={t('ads.slot.labelHint')} error={errors.label}>
              {(describedBy, invalid) => (
                <input id="slot-label" value={form.label} maxLength={40} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set('label', e.target.value)} />
              )}
            </FormField>
          </div>
          <PositionRuleFields
            idPrefix="slot-position"
            kind={form.kind}
            number={form.number}
            error={errors.number ?? null}
            onChange={(kind, number) => {
              setForm({ ...form, kind, number: kind !== form.kind ? defaultPositionNumber(kind) : number });
              clearError('number');
            }}
          />
          <SizesField idPrefix="slot" value={form.sizes} error={errors.sizes} onChange={(sizes) => set('sizes', sizes)} />
          <fieldset>
            <legend>{t('ads.slot.allowedCategories')}</legend>
            <span className="hint">{t('ads.slot.allowedCategoriesHint')}</span>
            <div className="ads-checks">
              {CAMPAIGN_CATEGORIES.map((c) => (
                <label key={c}>
                  <input
                    type="checkbox"
                    checked={form.allowedCategories.includes(c)}
                    onChange={(e) => set('allowedCategories', e.target.checked ? [...form.allowedCategories, c] : form.allowedCategories.filter((x) => x !== c))}
                  />
                  {t(`ads.category.${c}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <label className="ads-inline-check">
            <input type="checkbox" checked={form.enabled} onChange={(e) => set('enabled', e.target.checked)} />
            {t('ads.slot.enabled')}
          </label>
          <div className="ads-form-actions">
            <button type="button" onClick={() => edit(null)}>
              {t('ads.cancel')}
            </button>
            <button type="submit" className="primary" disabled={busy}>
              {t('ads.slot.save')}
            </button>
          </div>
        </form>
      ) : null}

      {config ? (
        <table className="ads-table">
          <caption className="visually-hidden">{t('nav.adSlots')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ads.slot.name')}</th>
              <th scope="col">{t('ads.slot.position')}</th>
              <th scope="col">{t('ads.slot.sizes')}</th>
              <th scope="col">{t('ads.slot.label')}</th>
              <th scope="col">{t('ads.slot.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('ads.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {config.slots.map((slot) => (
              <tr key={slot.id}>
                <th scope="row">{slot.name}</th>
                <td>{describePosition(slot.position, t)}</td>
                <td>{slot.sizes.join(', ')}</td>
                <td>{slot.label || <span className="muted">{t('ads.slot.defaultLabel')}</span>}</td>
                <td className={slot.enabled ? 'ads-status-on' : 'ads-status-off'}>{slot.enabled ? t('ads.slot.on') : t('ads.slot.off')}</td>
                <td className="ads-actions">
                  <button type="button" className="ghost" aria-label={t('ads.editNamed', { name: slot.name })} onClick={() => edit(slotToForm(slot))}>
                    {t('ads.edit')}
                  </button>
                  <button type="button" className="ghost danger" aria-label={t('ads.deleteNamed', { name: slot.name })} onClick={() => void remove(slot)}>
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
      {config ? <PlacementRules config={config} onSaved={publish} /> : null}
    </div>
  );
}
