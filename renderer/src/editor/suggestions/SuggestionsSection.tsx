import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSuggestion, openSuggestions, type SuggestionOutcome, type SuggestionThread } from '../../../../core/comments/suggestion';
import { formatInZone } from '../../../../core/time/format';
import { useClient } from '../../client/context';
import { useSettings } from '../../settings/profile-store';
import { useActing } from '../../team/account-store';
import { useCommentThreads } from '../../workflow/comment-threads';
import { useUiLang } from '../../workflow/localized';
import { useEditorSession } from '../editor-session';
import { applySuggestions } from './accept';
import { useSuggestingMode } from './suggesting-mode';

/**
 * The suggested changes of the article, in text order: editors and publishers accept (the
 * change goes into the body as one undoable edit) or reject each, or all at once; the author
 * may withdraw their own.
 */
export function SuggestionsSection() {
  const { t } = useTranslation();
  const client = useClient();
  const { article, editor } = useEditorSession();
  const { threads, store } = useCommentThreads(article.id);
  const acting = useActing();
  const mode = useSuggestingMode(acting);
  const [error, setError] = useState<string | null>(null);
  const uid = useId();
  const open = openSuggestions(threads);
  const settled = threads.filter(isSuggestion).filter((s) => s.resolved !== null);
  const decides = acting !== null && acting.role !== 'reviewer';

  const settle = async (list: readonly SuggestionThread[], outcome: SuggestionOutcome) => {
    const chosen = outcome === 'accepted' && editor ? applySuggestions(editor, list) : list;
    const results = await Promise.all(chosen.map((s) => client.call('suggestions.settle', { id: article.id, threadId: s.id, outcome })));
    const failed = results.find((r) => !r.ok);
    setError(failed && !failed.ok ? failed.error.message : null);
    for (const r of results) if (r.ok) store.upsert(r.value);
  };

  return (
    <section className="suggestions-section" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`} className="panel-subtitle">
        {t('suggestions.title', { count: open.length })}
      </h3>
      <p className="hint">{mode.on ? t('suggestions.youSuggest') : t('suggestions.howTo')}</p>
      {store.error || error ? (
        <p role="alert" className="error-text">
          {store.error ?? error}
        </p>
      ) : null}
      {decides && open.length > 1 ? (
        <div className="suggestion-actions">
          <button type="button" onClick={() => void settle(open, 'accepted')}>
            {t('suggestions.acceptAll')}
          </button>
          <button type="button" onClick={() => void settle(open, 'rejected')}>
            {t('suggestions.rejectAll')}
          </button>
        </div>
      ) : null}
      <ul className="threads" aria-label={t('suggestions.openList')}>
        {open.map((s) => (
          <SuggestionItem key={s.id} suggestion={s} decides={decides} mine={s.author === acting?.name.trim()} settle={(o) => void settle([s], o)} />
        ))}
      </ul>
      {settled.length > 0 ? (
        <details className="resolved-threads">
          <summary>{t('suggestions.settledCount', { count: settled.length })}</summary>
          <ul className="threads" aria-label={t('suggestions.settledList')}>
            {settled.map((s) => (
              <SuggestionItem key={s.id} suggestion={s} decides={false} mine={false} settle={() => {}} />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function SuggestionItem({ suggestion: s, decides, mine, settle }: { suggestion: SuggestionThread; decides: boolean; mine: boolean; settle(o: SuggestionOutcome): void }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const zone = useSettings()?.siteTimeZone ?? 'Europe/Berlin';
  const when = (iso: string) => formatInZone(iso, zone, lang, 'dateTime');
  const kind = s.anchor.to === s.anchor.from ? 'insert' : s.suggestion.insert ? 'replace' : 'delete';
  return (
    <li className={`thread suggestion-item ${s.resolved ? 'is-resolved' : ''}`} aria-label={t('suggestions.itemBy', { author: s.author })}>
      <span className="comment-meta">
        <strong>{s.author}</strong> · {t(`suggestions.kind.${kind}`)} · {when(s.createdAt)}
      </span>
      <p className="change">
        {s.anchor.quote ? <del>{s.anchor.quote}</del> : null}
        {s.anchor.quote && s.suggestion.insert ? ' → ' : null}
        {s.suggestion.insert ? <ins>{s.suggestion.insert}</ins> : null}
      </p>
      {s.anchor.orphaned ? <p className="hint">{t('suggestions.detached')}</p> : null}
      {s.resolved ? (
        <p className="hint">{t(s.suggestion.outcome === 'accepted' ? 'suggestions.acceptedBy' : 'suggestions.rejectedBy', { name: s.resolved.by, at: when(s.resolved.at) })}</p>
      ) : (
        <div className="suggestion-actions">
          {decides ? (
            <button type="button" className="primary" disabled={s.anchor.orphaned} onClick={() => settle('accepted')} aria-label={t('suggestions.acceptOne', { author: s.author })}>
              {t('suggestions.accept')}
            </button>
          ) : null}
          {decides || mine ? (
            <button type="button" onClick={() => settle('rejected')} aria-label={t(decides ? 'suggestions.rejectOne' : 'suggestions.withdrawOne', { author: s.author })}>
              {t(decides ? 'suggestions.reject' : 'suggestions.withdraw')}
            </button>
          ) : null}
        </div>
      )}
    </li>
  );
}
