import type { ScheduleInputError } from '../../../core/workflow/schedule-input';

interface Props {
  problem: ScheduleInputError | null;
  lang: 'de' | 'en';
  /** The radio group's name (unique per form). */
  name: string;
  occurrence: 'first' | 'second' | null;
  onOccurrence(next: 'first' | 'second'): void;
}

/**
 * Why a typed site time cannot be stored: the reason, or on the night the clocks go back the
 * choice between the two instants the time stands for.
 */
export function ZonedProblem({ problem, lang, name, occurrence, onOccurrence }: Props) {
  if (!problem) return null;
  if (problem.kind === 'ambiguous' && problem.options) {
    return (
      <fieldset className="occurrence" role="radiogroup">
        <legend>{problem.message[lang]}</legend>
        {problem.options.map((option, i) => {
          const value = i === 0 ? 'first' : 'second';
          return (
            <label key={value}>
              <input type="radio" name={name} checked={occurrence === value} onChange={() => onOccurrence(value)} />
              {lang === 'de' ? option.labelDe : option.label}
            </label>
          );
        })}
      </fieldset>
    );
  }
  return (
    <p role="alert" className="error-text">
      {problem.message[lang]}
    </p>
  );
}
