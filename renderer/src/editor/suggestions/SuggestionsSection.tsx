import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSuggestion, openSuggestions, type SuggestionOutcome, type SuggestionThread } from '../../../../core/comments/suggestion';
import { useClient } from '../../client/context';
import { useActing } from '../../team/account-store';
import { useCommentThreads } from '../../workflow/comment-threads';
import { useEditorSession } from '../editor-session';
import { applySuggestions } from './accept';
import { useSuggestingMode } from './suggesting-mode';
import { SuggestionItem } from './SuggestionItem';

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
