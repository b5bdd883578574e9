import type { LengthRuleField } from '../../../core/article/length-rules';
import { GrowingTextarea } from './GrowingTextarea';
import { LengthCounter } from './LengthCounter';

interface Props {
  id: string;
  label: string;
  /** Which length rule counts this field (the checklist's and the site's too). */
  rule: LengthRuleField;
  value: string;
  onChange(value: string): void;
  /** The article's language: spell-checking follows the article, not the UI. */
  lang: string;
  maxLength: number;
  oneParagraph?: boolean;
  onEnter?(): void;
  className?: string;
  hintId?: string;
}

/** A text field that grows with its text, with its counter beside the label. */
export function CountedField({ id, label, rule, value, onChange, lang, maxLength, oneParagraph, onEnter, className, hintId }: Props) {
  const countId = `${id}-count`;
  return (
    <div className="field counted-field">
      <div className="field-label-row">
        <label htmlFor={id}>{label}</label>
        <LengthCounter id={countId} field={rule} text={value} />
      </div>
      <GrowingTextarea
        id={id}
        className={className}
        lang={lang}
        spellCheck
        value={value}
        maxLength={maxLength}
        onChange={onChange}
        oneParagraph={oneParagraph}
        onEnter={onEnter}
        aria-describedby={hintId ? `${countId} ${hintId}` : countId}
      />
    </div>
  );
}
