import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarArticle } from '../../../core/contract/calls/workflow';
import { formatInZone } from '../../../core/time/format';
import type { StatusHistoryEntry } from '../../../core/workflow/history';
import { useClient } from '../client/context';
import { useUiLang } from '../workflow/localized';

/** The history entry that put a calendar entry where it is: who scheduled it, or who (or what) published it. */
export function entryOrigin(history: StatusHistoryEntry[], kind: CalendarArticle['kind']): StatusHistoryEntry | null {
  const to = kind === 'published' ? 'published' : 'scheduled';
  return [...history].reverse().find((h) => h.to === to && h.action !== 'return_to_review') ?? null;
}

/** "Scheduled by Petra Lange on 01.12.2026, 10:00" under the selected calendar entry. */
export function ScheduledBy({ entry, zone }: { entry: CalendarArticle; zone: string }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const client = useClient();
  const [origin, setOrigin] = useState<StatusHistoryEntry | null>(null);
  useEffect(() => {
    let live = true;
    setOrigin(null);
    void client.call('articles.get', { id: entry.id }).then((r) => live && r.ok && setOrigin(entryOrigin(r.value.statusHistory, entry.kind)));
    return () => {
      live = false;
    };
  }, [client, entry.id, entry.kind, entry.rev]);
  return (
    <p className="muted small scheduled-by" data-testid="scheduled-by">
      {origin ? t(entry.kind === 'published' ? 'calendar.publishedBy' : 'calendar.scheduledBy', { name: origin.actor.name, when: formatInZone(origin.at, zone, lang, 'dateTime') }) : '\u00a0'}
    </p>
  );
}
