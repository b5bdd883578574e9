import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdSlot, SlotOverride } from '../../../core/ads/model';
import { effectiveSlot, withOverride, withoutOverride } from './overrides';
import { defaultPositionNumber, describePosition, positionNumber, readPosition, type PositionKind } from './position-rule';
import { PositionRuleFields } from './PositionRuleFields';
import './ads.css';

interface Props {
  slots: readonly AdSlot[];
  overrides: readonly SlotOverride[];
  busy: boolean;
  onSave(next: SlotOverride[]): void;
}

function SlotRow({ slot, overrides, busy, onSave }: { slot: AdSlot } & Omit<Props, 'slots'>) {
  const { t } = useTranslation();
  const eff = effectiveSlot(slot, overrides);
  const [moving, setMoving] = useState(false);
  const [kind, setKind] = useState<PositionKind>(eff.position.kind);
  const [number, setNumber] = useState(positionNumber(eff.position));
  const [error, setError] = useState<string | null>(null);
  const id = `override-${slot.id}`;
  const apply = () => {
    const read = readPosition(kind, number);
    if (!read.ok) return setError(read.error);
    setError(null);
    setMoving(false);
    onSave(withOverride(overrides, slot, { position: read.position }));
  };
  return (
    <li className="ads-override">
      <div className="ads-override-head">
        <input
          id={`${id}-enabled`}
          type="checkbox"
          checked={eff.enabled}
          disabled={busy}
          onChange={(e) => onSave(withOverride(overrides, slot, { enabled: e.target.checked }))}
        />
        <label htmlFor={`${id}-enabled`}>
          {t('ads.overrides.show', { name: slot.name })}
        </label>
        <span className="muted">{describePosition(eff.position, t)}</span>
        {eff.overridden ? <span className="ads-badge">{t('ads.overrides.changed')}</span> : null}
        <span className="ads-override-actions">
          <button type="button" className="ghost" disabled={busy} aria-expanded={moving} onClick={() => setMoving((m) => !m)} aria-label={t('ads.overrides.move', { name: slot.name })}>
            {t('ads.overrides.moveShort')}
          </button>
          {eff.overridden ? (
            <button type="button" className="ghost" disabled={busy} onClick={() => onSave(withoutOverride(overrides, slot.id))} aria-label={t('ads.overrides.reset', { name: slot.name })}>
              {t('ads.overrides.resetShort')}
            </button>
          ) : null}
        </span>
      </div>
      {moving ? (
        <div className="ads-override-move">
          <PositionRuleFields
            idPrefix={id}
            kind={kind}
            number={number}
            error={error}
            onChange={(k, n) => {
              setKind(k);
              setNumber(k !== kind ? defaultPositionNumber(k) : n);
            }}
          />
          <button type="button" disabled={busy} onClick={apply}>
            {t('ads.overrides.apply')}
          </button>
        </div>
      ) : null}
    </li>
  );
}

/** Per-article changes to the inventory: switch a slot off for this article, or move it. */
export function AdOverridesEditor(props: Props) {
  const { t } = useTranslation();
  return (
    <section className="ads-overrides" aria-labelledby="ads-overrides-title">
      <h3 id="ads-overrides-title">{t('ads.overrides.title')}</h3>
      <p className="hint">{t('ads.overrides.hint')}</p>
      {props.slots.length === 0 ? <p className="muted">{t('ads.overrides.none')}</p> : null}
      <ul className="ads-override-list">
        {props.slots.map((slot) => (
          <SlotRow key={slot.id} slot={slot} overrides={props.overrides} busy={props.busy} onSave={props.onSave} />
        ))}
      </ul>
    </section>
  );
}
