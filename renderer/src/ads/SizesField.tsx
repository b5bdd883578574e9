import { useTranslation } from 'react-i18next';
import { STANDARD_AD_SIZES } from '../../../core/ads/model';
import type { SizeFields } from './form-helpers';

interface Props {
  idPrefix: string;
  value: SizeFields;
  error?: string | undefined;
  onChange(value: SizeFields): void;
}

/** Standard IAB sizes as checkboxes, plus custom "WxH" sizes. */
export function SizesField({ idPrefix, value, error, onChange }: Props) {
  const { t } = useTranslation();
  const errorId = `${idPrefix}-sizes-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend>{t('ads.slot.sizes')}</legend>
      <div className="ads-checks">
        {STANDARD_AD_SIZES.map((size) => (
          <label key={size}>
            <input
              type="checkbox"
              checked={value.standard.includes(size)}
              onChange={(e) => onChange({ ...value, standard: e.target.checked ? [...value.standard, size] : value.standard.filter((s) => s !== size) })}
            />
            {size.replace('x', ' × ')}
          </label>
        ))}
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-custom-sizes`}>{t('ads.slot.customSizes')}</label>
        <input
          id={`${idPrefix}-custom-sizes`}
          value={value.custom}
          placeholder="160x600"
          aria-invalid={error === 'ads.errors.customSize' || undefined}
          onChange={(e) => onChange({ ...value, custom: e.target.value })}
        />
      </div>
      {error ? (
        <span id={errorId} className="ads-error" role="alert">
          {t(error)}
        </span>
      ) : null}
    </fieldset>
  );
}
