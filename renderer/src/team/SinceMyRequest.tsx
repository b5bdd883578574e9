import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallResult } from '../../../core/contract/contract';
import { formatInZone } from '../../../core/time/format';
import { useClient } from '../client/context';
import { useEditorSession } from '../editor/editor-session';
import { useSettings } from '../settings/profile-store';
import { FieldDiffList } from '../workflow/FieldDiffList';
import { useUiLang } from '../workflow/localized';
import './team.css';

type Since = CallResult<'workflow.sinceMyRequest'>;

/**
 * For the reviewer who requested changes: what the editor changed since then, word by word.
 * Shown above the side panel's tabs only when there was such a request; collapsed to one line.
 */
export function SinceMyRequest() {
  const { t } = useTranslation();
  const lang = useUiLang();
  const client = useClient();
  const { article } = useEditorSession();
  const zone = useSettings()?.siteTimeZone ?? 'Europe/Berlin';
  const [since, setSince] = useState<Since | null>(null);
  const [open, setOpen] = useState(true);

  useEffect(() => {
    let live = true;
    void client
      .call('workflow.sinceMyRequest', { id: article.id })
      .then((r) => live && setSince(r.ok ? r.value : null))
      .catch(() => null);
    return () => {
      live = false;
    };
  }, [client, article.id, article.rev]);

  if (!since?.since) return null;
  const changed = since.diff.filter((d) => d.changed);
  const when = formatInZone(since.requestedAt ?? since.since.createdAt, zone, lang, 'dateTime');
  return (
    <section className="since-request" aria-labelledby="since-request-title">
      <div className="since-request-head">
        <h2 id="since-request-title" className="panel-title">
          {t('team.since.title')}
        </h2>
        <span className="muted small">
          {t('team.since.requestedAt', { when })} · {changed.length === 0 ? t('team.since.nothing') : t('team.since.fields', { count: changed.length })}
        </span>
        {changed.length > 0 ? (
          <button type="button" className="small-button" aria-expanded={open} aria-controls="since-request-diff" onClick={() => setOpen(!open)}>
            {open ? t('team.since.hide') : t('team.since.show')}
          </button>
        ) : null}
      </div>
      {/* Scrolls when long: focusable so the keyboard can scroll it too. */}
      <div id="since-request-diff" className="since-request-diff" hidden={!open} tabIndex={open ? 0 : -1} role="region" aria-labelledby="since-request-title">
        {open ? <FieldDiffList diffs={changed} mode="inline" /> : null}
      </div>
    </section>
  );
}
