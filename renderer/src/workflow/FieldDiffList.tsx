import { useTranslation } from 'react-i18next';
import type { CallResult } from '../../../core/contract/contract';
import { sideBySide, type DiffPart } from '../../../core/diff/words';
import { useUiLang } from './localized';

/** One field's comparison, as revisions.diff and workflow.sinceMyRequest answer it. */
export type FieldDiff = CallResult<'revisions.diff'>[number];

/** The changed fields of a comparison, word by word: inline (ins/del) or before and after side by side. */
export function FieldDiffList({ diffs, mode }: { diffs: FieldDiff[]; mode: 'inline' | 'side' }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  return (
    <div className="diff" aria-live="polite">
      {diffs.map((d) => {
        const sides = mode === 'side' ? sideBySide(d.parts) : null;
        return (
          <section key={d.field} className="diff-field" data-field={d.field} aria-label={d.label[lang]}>
            <h4>{d.label[lang]}</h4>
            {sides ? (
              <div className="diff-sides">
                <p className="diff-text before" aria-label={t('workflow.history.before')}>
                  <Parts parts={sides.before} list={d.kind === 'list'} />
                </p>
                <p className="diff-text after" aria-label={t('workflow.history.after')}>
                  <Parts parts={sides.after} list={d.kind === 'list'} />
                </p>
              </div>
            ) : (
              <p className="diff-text">
                <Parts parts={d.parts} list={d.kind === 'list'} />
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}

function Parts({ parts, list }: { parts: DiffPart[]; list: boolean }) {
  return (
    <>
      {parts.map((p, i) => {
        const text = list ? `${p.text}${i < parts.length - 1 ? ', ' : ''}` : p.text;
        if (p.op === 'insert') return <ins key={i}>{text}</ins>;
        if (p.op === 'delete') return <del key={i}>{text}</del>;
        return <span key={i}>{text}</span>;
      })}
    </>
  );
}
