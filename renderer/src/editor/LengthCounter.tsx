import { useTranslation } from 'react-i18next';
import { LENGTH_RULES, lengthVerdict, visibleLength, type LengthRuleField } from '../../../core/article/length-rules';

/**
 * A field's character count against the one length rule the checklist and the site use:
 * "51 / 70" while it fits, marked when long (the checklist warns) or too long (it fails).
 */
export function LengthCounter({ id, field, text }: { id: string; field: LengthRuleField; text: string }) {
  const { t } = useTranslation();
  const rule = LENGTH_RULES[field];
  const verdict = lengthVerdict(field, text);
  const n = visibleLength(text);
  const bound = verdict === 'tooLong' && rule.max !== null ? rule.max : rule.recommended;
  const vars = { n, recommended: rule.recommended, max: rule.max ?? rule.limit };
  return (
    <span id={id} className={`length-counter verdict-${verdict}`} data-verdict={verdict}>
      <span aria-hidden="true">
        {t('fields.counter', { n, recommended: bound })}
        {verdict === 'long' || verdict === 'tooLong' ? ` · ${t(`fields.${verdict}`)}` : ''}
      </span>
      <span className="visually-hidden">{t(`fields.counterLabel_${verdict}`, vars)}</span>
    </span>
  );
}
