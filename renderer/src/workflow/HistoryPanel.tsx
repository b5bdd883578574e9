import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionInfo } from '../../../core/contract/calls/workflow';
import type { CallResult } from '../../../core/contract/contract';
import { formatInZone } from '../../../core/time/format';
import { ACTION_LABELS, ROLE_LABELS, STATUS_LABELS } from '../../../core/workflow/labels';
import { useClient } from '../client/context';
import { useEditorSession } from '../editor/editor-session';
import { useSettings } from '../settings/profile-store';
import { FieldDiffList } from './FieldDiffList';
import { useUiLang } from './localized';
import './workflow.css';

type FieldDiffs = CallResult<'revisions.diff'>;

/** Kept versions with author and time; any two compared word by word; any one restored. */
export function HistoryPanel() {
  const { t } = useTranslation();
  const lang = useUiLang();
  const client = useClient();
  const session = useEditorSession();
  const settings = useSettings();
  const zone = settings?.siteTimeZone ?? 'Europe/Berlin';
  const [revisions, setRevisions] = useState<RevisionInfo[]>([]);
  const [from, setFrom] = useState<string>('');
  const [to, setTo] = useState<string>('');
  const [mode, setMode] = useState<'inline' | 'side'>('inline');
  const [diff, setDiff] = useState<FieldDiffs | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const uid = useId();
  const savedAt = session.saveState.kind === 'saved' ? session.saveState.at : null;
  const articleId = session.article.id;

  useEffect(() => {
    let live = true;
    void client.call('revisions.list', { id: articleId }).then((r) => {
      if (!live) return;
      if (!r.ok) return setError(r.error.message);
      setRevisions(r.value);
      setTo((cur) => (cur && r.value.some((x) => x.id === cur) ? cur : (r.value[0]?.id ?? '')));
      setFrom((cur) => (cur && r.value.some((x) => x.id === cur) ? cur : (r.value[1]?.id ?? '')));
    });
    return () => {
      live = false;
    };
  }, [client, articleId, savedAt]);

  useEffect(() => {
    if (!from || !to || from === to) return setDiff(null);
    let live = true;
    void client.call('revisions.diff', { id: articleId, from, to }).then((r) => {
      if (!live) return;
      if (r.ok) setDiff(r.value);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [client, articleId, from, to]);

  const label = (r: RevisionInfo) =>
    `${formatInZone(r.createdAt, zone, lang, 'dateTime')} · ${r.author} · ${t(`workflow.history.reason.${r.reason}`)}`;

  const restore = async (revisionId: string) => {
    setBusy(true);
    try {
      await session.flush();
      const result = await client.call('revisions.restore', { id: articleId, revisionId });
      if (!result.ok) return setError(result.error.message);
      await session.reload();
    } finally {
      setBusy(false);
    }
  };

  const changed = diff?.filter((d) => d.changed) ?? [];

  return (
    <section className="history-panel" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`} className="panel-title">
        {t('workflow.history.title')}
      </h2>
      {error ? (
        <p role="alert" className="error-text">
          {error}
        </p>
      ) : null}
      {session.article.statusHistory.length > 0 ? (
        <details className="status-history">
          <summary>{t('workflow.history.statusChanges', { count: session.article.statusHistory.length })}</summary>
          <ol>
            {[...session.article.statusHistory].reverse().map((h, i) => (
              <li key={`${h.at}-${i}`}>
                <span className="muted small">{formatInZone(h.at, zone, lang, 'dateTime')}</span>{' '}
                <strong>{h.actor.name}</strong> <span className="muted small">({ROLE_LABELS[h.actor.role][lang]})</span>: {ACTION_LABELS[h.action][lang]} →{' '}
                {STATUS_LABELS[h.to][lang]}
                {h.note ? <q className="history-note">{h.note}</q> : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {revisions.length === 0 ? <p className="muted">{t('workflow.history.none')}</p> : null}
      <ol className="revisions" aria-label={t('workflow.history.listLabel')}>
        {revisions.map((r) => (
          <li key={r.id} className="revision">
            <span className="revision-meta">
              <strong>{formatInZone(r.createdAt, zone, lang, 'dateTime')}</strong>
              <span>{r.author}</span>
              <span className={`reason reason-${r.reason}`}>{t(`workflow.history.reason.${r.reason}`)}</span>
            </span>
            <button type="button" className="small-button" disabled={busy} onClick={() => void restore(r.id)} aria-label={t('workflow.history.restoreThis', { label: label(r) })}>
              {t('workflow.history.restore')}
            </button>
          </li>
        ))}
      </ol>
      {revisions.length >= 2 ? (
        <div className="compare">
          <h3>{t('workflow.history.compare')}</h3>
          <div className="compare-pick">
            <RevisionSelect label={t('workflow.history.older')} value={from} onChange={setFrom} revisions={revisions} describe={label} />
            <RevisionSelect label={t('workflow.history.newer')} value={to} onChange={setTo} revisions={revisions} describe={label} />
          </div>
          <fieldset className="segmented">
            <legend className="visually-hidden">{t('workflow.history.view')}</legend>
            <label>
              <input type="radio" name={`${uid}-mode`} checked={mode === 'inline'} onChange={() => setMode('inline')} />
              {t('workflow.history.inline')}
            </label>
            <label>
              <input type="radio" name={`${uid}-mode`} checked={mode === 'side'} onChange={() => setMode('side')} />
              {t('workflow.history.sideBySide')}
            </label>
          </fieldset>
          {diff && changed.length === 0 ? <p className="muted">{t('workflow.history.same')}</p> : null}
          <FieldDiffList diffs={changed} mode={mode} />
        </div>
      ) : null}
    </section>
  );
}

/** One side of the comparison: a revision picked from the list. */
function RevisionSelect<R extends { id: string }>(props: { label: string; value: string; onChange(id: string): void; revisions: R[]; describe(r: R): string }) {
  return (
    <label>
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.revisions.map((r) => (
          <option key={r.id} value={r.id}>
            {props.describe(r)}
          </option>
        ))}
      </select>
    </label>
  );
}
