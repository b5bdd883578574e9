import { useTranslation } from 'react-i18next';
import { POSITION_KINDS, positionNeedsNumber, type PositionKind } from './position-rule';

interface Props {
  idPrefix: string;
  kind: PositionKind;
  number: string;
  error?: string | null;
  onChange(kind: PositionKind, number: string): void;
}

/** Position rule of an ad slot: a kind, and N when the kind counts paragraphs or words. */
export function PositionRuleFields({ idPrefix, kind, number, error, onChange }: Props) {
  const { t } = useTranslation();
  const needs = positionNeedsNumber(kind);
  const errorId = `${idPrefix}-number-error`;
  return (
    <div className="ads-position">
      <div className="field">
        <label htmlFor={`${idPrefix}-kind`}>{t('ads.slot.position')}</label>
        <select id={`${idPrefix}-kind`} value={kind} onChange={(e) => onChange(e.target.value as PositionKind, number)}>
          {POSITION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`ads.positionKind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {needs ? (
        <div className="field ads-narrow">
          <label htmlFor={`${idPrefix}-number`}>{t(kind === 'everyWords' ? 'ads.slot.words' : 'ads.slot.paragraphs')}</label>
          <input
            id={`${idPrefix}-number`}
            type="number"
            inputMode="numeric"
            min={kind === 'everyWords' ? 50 : 1}
            value={number}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => onChange(kind, e.target.value)}
          />
          {error ? (
            <span id={errorId} className="ads-error">
              {t(error)}
            </span>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
