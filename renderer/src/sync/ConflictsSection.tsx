import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictResolver } from './ConflictResolver';

interface Props {
  conflicts: readonly string[];
  headlines: Record<string, string>;
  openArticle(id: string): void;
  onResolved(text: string): void;
}

/** The articles with a conflict kept for the user: resolve here, or open the article. */
export function ConflictsSection({ conflicts, headlines, openArticle, onResolved }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section aria-labelledby="sync-conflicts-heading" className="sync-section">
      <h2 id="sync-conflicts-heading">{t('sync.conflictsHeading')}</h2>
      {conflicts.length === 0 ? (
        <p className="muted">{t('sync.noConflicts')}</p>
      ) : (
        <ul className="sync-conflicts">
          {conflicts.map((id) => (
            <li key={id}>
              <div className="sync-conflict-row">
                <span>{headlines[id] || t('sync.untitled')}</span>
                <button type="button" onClick={() => setOpen(open === id ? null : id)} aria-expanded={open === id}>
                  {t('sync.resolve')}
                </button>
                <button type="button" onClick={() => openArticle(id)}>
                  {t('sync.openArticle')}
                </button>
              </div>
              {open === id ? (
                <ConflictResolver
                  id={id}
                  onDone={(text) => {
                    setOpen(null);
                    onResolved(text);
                  }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
