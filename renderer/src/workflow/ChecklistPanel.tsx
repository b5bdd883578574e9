import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallResult } from '../../../core/contract/contract';
import { runChecklist } from '../../../core/checklist/run';
import { useClient } from '../client/context';
import { useEditorSession } from '../editor/editor-session';
import { useUiLang } from './localized';
import './workflow.css';

const ICONS = { pass: '✓', warn: '!', fail: '✕' } as const;

/** The pre-flight checklist, live on the draft as it is typed. */
export function ChecklistPanel() {
  const { t } = useTranslation();
  const lang = useUiLang();
  const client = useClient();
  const { article, draft, saveState } = useEditorSession();
  const [context, setContext] = useState<{ otherSlugs: Set<string>; policyFindings?: CallResult<'workflow.checklist'>['policyFindings'] }>({
    otherSlugs: new Set(),
  });
  const savedAt = saveState.kind === 'saved' ? saveState.at : null;

  // Whether the draft's slug is taken and the ad policy come from the back end; asked again after
  // each save and when the slug changes.
  useEffect(() => {
    let live = true;
    void client.call('workflow.checklist', { id: article.id, slug: draft.slug }).then((r) => {
      if (live && r.ok) setContext({ otherSlugs: new Set(r.value.takenSlugs), policyFindings: r.value.policyFindings });
    });
    return () => {
      live = false;
    };
  }, [client, article.id, savedAt, draft.slug]);

  const items = useMemo(
    () =>
      runChecklist(draft, {
        otherSlugs: context.otherSlugs,
        ...(context.policyFindings ? { policyFindings: context.policyFindings.map((f) => ({ severity: f.severity, message: f.message[lang] })) } : {}),
      }),
    [draft, context, lang],
  );
  const failing = items.filter((i) => i.required && i.status === 'fail').length;

  return (
    <section className="checklist-panel" aria-labelledby="checklist-title">
      <h2 id="checklist-title" className="panel-title">
        {t('workflow.checklist.title')}
      </h2>
      <p className={failing ? 'checklist-summary fail' : 'checklist-summary pass'} role="status">
        {failing ? t('workflow.checklist.blocking', { count: failing }) : t('workflow.checklist.ready')}
      </p>
      <ul className="checklist">
        {items.map((item) => (
          <li key={item.id} className={`check check-${item.status}`} data-check={item.id}>
            <span className="check-icon" aria-hidden="true">
              {ICONS[item.status]}
            </span>
            <span className="check-text">
              <span className="check-name">{t(`workflow.checklist.items.${item.id}`)}</span>
              <span className="visually-hidden">: {t(`workflow.checklist.status.${item.status}`)}. </span>
              <span className="check-message">{item.message[lang]}</span>
            </span>
            <span className={`check-level ${item.required ? 'required' : 'recommended'}`}>
              {item.required ? t('workflow.checklist.required') : t('workflow.checklist.recommended')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
