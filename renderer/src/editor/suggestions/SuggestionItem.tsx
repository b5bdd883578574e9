import { useTranslation } from 'react-i18next';
import type { SuggestionOutcome, SuggestionThread } from '../../../../core/comments/suggestion';
import { formatInZone } from '../../../../core/time/format';
import { useSettings } from '../../settings/profile-store';
import { useUiLang } from '../../workflow/localized';

/** One suggestion in the Comments tab: who, what kind, the change, and what this person may do with it. */
export function SuggestionItem({ suggestion: s, decides, mine, settle }: { suggestion: SuggestionThread; decides: boolean; mine: boolean; settle(o: SuggestionOutcome): void }) {
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
