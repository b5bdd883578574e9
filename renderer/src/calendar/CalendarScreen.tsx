import { useCallback, useEffect, useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarArticle, CalendarFlight, QueueItem } from '../../../core/contract/calls/workflow';
import { formatInZone } from '../../../core/time/format';
import { zonedInputToUtc } from '../../../core/time/zoned-input';
import { utcToZonedParts } from '../../../core/time/zoned-parts';
import { ACTION_LABELS, STATUS_LABELS } from '../../../core/workflow/labels';
import type { ViewProps } from '../app/view-props';
import { useClient } from '../client/context';
import { useSettings } from '../settings/profile-store';
import { useActing } from '../team/account-store';
import { refusalText, useUiLang } from '../workflow/localized';
import { ZonedTimeForm } from '../workflow/ZonedTimeForm';
import { TypedDateTimeField } from '../time-input/TypedDateTimeField';
import { nextReleaseTime } from '../../../core/workflow/next-release-time';
import { parseLocalDate } from '../../../core/time/local-date';
import { ScheduledBy } from './ScheduledBy';
import { BUSY_DAY, byDay, flightsOn, gridFor, step, type CalendarMode } from './calendar-model';
import './calendar.css';

type Selection = { kind: 'entry'; entry: CalendarArticle } | { kind: 'approved'; item: QueueItem } | null;

/** What goes live when, in the site's zone, next to the ad campaign flights; publishers move releases. */
export function CalendarScreen({ openArticle }: ViewProps) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const client = useClient();
  const settings = useSettings();
  const zone = settings?.siteTimeZone ?? 'Europe/Berlin';
  const isPublisher = useActing()?.role === 'publisher';
  const [mode, setMode] = useState<CalendarMode>('month');
  const [date, setDate] = useState<string | null>(null);
  const [articles, setArticles] = useState<CalendarArticle[]>([]);
  const [flights, setFlights] = useState<CalendarFlight[]>([]);
  const [approved, setApproved] = useState<QueueItem[]>([]);
  const [selected, setSelected] = useState<Selection>(null);
  const [moving, setMoving] = useState<{ date: string; time: string; occurrence?: 'first' | 'second' | null } | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [reload, setReload] = useState(0);

  // "Today" is the back end's day: it decides what is due.
  useEffect(() => {
    if (date || !settings) return;
    const probe = new Date().toISOString();
    void client.call('calendar.entries', { from: probe, to: new Date(Date.now() + 60_000).toISOString() }).then((r) => {
      setDate(utcToZonedParts(r.ok ? r.value.now : Date.now(), zone).date);
    });
  }, [client, date, settings, zone]);

  const weeks = useMemo(() => (date ? gridFor(mode, date, zone) : []), [mode, date, zone]);
  const range = weeks.length ? { from: weeks[0]!.days[0]!.startUtc, to: weeks.at(-1)!.days[6]!.endUtc } : null;

  useEffect(() => {
    if (!range) return;
    let live = true;
    void client.call('calendar.entries', range).then((r) => {
      if (!live) return;
      if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
      setArticles(r.value.articles);
      setFlights(r.value.flights);
    });
    void client.call('workflow.queues', {}).then((r) => live && r.ok && setApproved(r.value.approved));
    return () => {
      live = false;
    };
  }, [client, range?.from, range?.to, reload]); // eslint-disable-line react-hooks/exhaustive-deps

  const days = useMemo(() => byDay(articles, zone), [articles, zone]);
  const refresh = () => setReload((n) => n + 1);

  const failText = (error: { message: string; details?: unknown }) => refusalText(error, lang);

  const moveTo = useCallback(
    async (publishAt: string, target: Selection) => {
      if (!target) return;
      setBusy(true);
      try {
        const id = target.kind === 'entry' ? target.entry.id : target.item.id;
        // The revision shown may be behind: sync takes the site's answer to the last move a moment
        // later (same status, a new revision). The move is checked against the status anyway.
        const fresh = await client.call('articles.get', { id });
        const baseRev = fresh.ok ? fresh.value.rev : target.kind === 'entry' ? target.entry.rev : target.item.rev;
        const result =
          target.kind === 'entry'
            ? await client.call('workflow.reschedule', { id, baseRev, publishAt })
            : await client.call('workflow.transition', { id, baseRev, action: 'schedule', schedule: { publishAt } });
        if (!result.ok) return setMessage({ kind: 'error', text: failText(result.error) });
        const when = formatInZone(publishAt, zone, lang, 'dateTime');
        setMessage({ kind: 'ok', text: t('calendar.moved', { headline: result.value.headline || t('workflow.untitled'), when }) });
        setMoving(null);
        setSelected(null);
        setDate(utcToZonedParts(publishAt, zone).date);
        refresh();
      } finally {
        setBusy(false);
      }
    },
    [client, zone, lang, t], // eslint-disable-line react-hooks/exhaustive-deps
  );

  const onDrop = (e: DragEvent, day: string) => {
    e.preventDefault();
    const id = e.dataTransfer.getData('application/x-copydesk-article');
    const entry = articles.find((a) => a.id === id && a.kind === 'publish');
    if (!entry) return;
    const time = utcToZonedParts(entry.at, zone).time;
    const reading = zonedInputToUtc(day, time, zone);
    const target: Selection = { kind: 'entry', entry };
    if (reading.kind === 'ok') return void moveTo(reading.utc, target);
    // A skipped or repeated time: the user decides in the form.
    setSelected(target);
    setMoving({ date: day, time });
    setMessage({ kind: 'error', text: reading.message[lang] });
  };

  const title =
    !date || weeks.length === 0
      ? ''
      : mode === 'month'
        ? formatInZone(weeks[1]!.days[0]!.startUtc, zone, lang, 'monthYear')
        : `${t('calendar.week', { n: weeks[0]!.isoWeek })} · ${formatInZone(weeks[0]!.days[0]!.startUtc, zone, lang, 'date')} – ${formatInZone(weeks[0]!.days[6]!.startUtc, zone, lang, 'date')}`;

  const weekdayNames = weeks[0]?.days.map((d) => formatInZone(d.startUtc, zone, lang, 'EEE')) ?? [];
  const entryLabel = (a: CalendarArticle) => `${formatInZone(a.at, zone, lang, 'HH:mm')} ${a.headline || t('workflow.untitled')}`;
  const sel = selected?.kind === 'entry' ? selected.entry : null;
  const initialMove = sel ? utcToZonedParts(sel.at, zone) : null;

  return (
    <div className="calendar-screen">
      <div className="calendar-head">
        <h1>{t('calendar.title')}</h1>
        <div className="calendar-nav" role="group" aria-label={t('calendar.navigation')}>
          <button type="button" aria-label={t('calendar.previous')} onClick={() => date && setDate(step(mode, date, -1))}>
            ‹
          </button>
          <button type="button" onClick={() => setDate(null)}>
            {t('calendar.today')}
          </button>
          <button type="button" aria-label={t('calendar.next')} onClick={() => date && setDate(step(mode, date, 1))}>
            ›
          </button>
          <label className="goto">
            <span className="visually-hidden">{t('calendar.goTo')}</span>
            <TypedDateTimeField kind="date" label={t('calendar.goTo')} value={date ?? ''} onChange={(v) => parseLocalDate(v) && setDate(v)} />
          </label>
        </div>
        <h2 className="calendar-title" aria-live="polite">
          {title}
        </h2>
        <div className="segmented-buttons" role="group" aria-label={t('calendar.view')}>
          <button type="button" aria-pressed={mode === 'month'} onClick={() => setMode('month')}>
            {t('calendar.month')}
          </button>
          <button type="button" aria-pressed={mode === 'week'} onClick={() => setMode('week')}>
            {t('calendar.weekView')}
          </button>
        </div>
      </div>
      <p className="hint">
        {t('calendar.zoneNote', { zone })} {isPublisher ? t('calendar.publisherHint') : t('calendar.readOnlyHint')}
      </p>
      {message ? (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={`calendar-message ${message.kind}`}>
          {message.text}
        </p>
      ) : null}

      <div className="calendar-body">
        <table className={`calendar-grid mode-${mode}`} aria-label={title}>
          <thead>
            <tr>
              <th scope="col" className="kw">
                {t('calendar.kw')}
              </th>
              {weekdayNames.map((n) => (
                <th key={n} scope="col">
                  {n}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.days[0]!.date}>
                <th scope="row" className="kw">
                  {week.isoWeek}
                </th>
                {week.days.map((day) => {
                  const entries = days.get(day.date) ?? [];
                  const running = flightsOn(flights, day.startUtc, day.endUtc);
                  const dayLabel = formatInZone(day.startUtc, zone, lang, 'weekdayDate');
                  return (
                    <td
                      key={day.date}
                      data-date={day.date}
                      className={`day ${day.inMonth ? '' : 'other-month'} ${entries.length >= BUSY_DAY ? 'busy' : ''} ${day.date === date ? 'focus-day' : ''}`}
                      onDragOver={(e) => isPublisher && e.preventDefault()}
                      onDrop={(e) => isPublisher && onDrop(e, day.date)}
                    >
                      <div className="day-head">
                        <span className="day-number" aria-label={dayLabel}>
                          {day.day}
                        </span>
                        {entries.length > 0 ? (
                          <span className="count-badge" aria-label={t('calendar.count', { count: entries.length })}>
                            {entries.length}
                          </span>
                        ) : null}
                      </div>
                      {running.length > 0 ? (
                        <div className="flight-stripes" aria-hidden="true">
                          {running.map((f) => (
                            <span key={f.id} className={`flight-stripe cat-${f.category}`} title={f.advertiser} />
                          ))}
                        </div>
                      ) : null}
                      <ul className="entries" aria-label={t('calendar.entriesOn', { day: dayLabel })}>
                        {entries.map((a) => (
                          <li key={`${a.id}-${a.kind}`}>
                            <button
                              type="button"
                              className={`entry kind-${a.kind} ${sel?.id === a.id && sel.kind === a.kind ? 'selected' : ''}`}
                              draggable={isPublisher && a.kind === 'publish'}
                              onDragStart={(e) => e.dataTransfer.setData('application/x-copydesk-article', a.id)}
                              aria-pressed={sel?.id === a.id && sel.kind === a.kind}
                              onClick={() => {
                                setSelected({ kind: 'entry', entry: a });
                                setMoving(null);
                                setMessage(null);
                              }}
                              title={t(`calendar.kind.${a.kind}`)}
                            >
                              <span className="visually-hidden">{t(`calendar.kind.${a.kind}`)}: </span>
                              {entryLabel(a)}
                            </button>
                          </li>
                        ))}
                      </ul>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>

        <aside className="calendar-side" aria-label={t('calendar.details')}>
          {sel ? (
            <section className="entry-details" aria-labelledby="entry-details-title">
              <h3 id="entry-details-title">{sel.headline || t('workflow.untitled')}</h3>
              <p>
                <span className={`status-badge status-${sel.status}`}>{STATUS_LABELS[sel.status][lang]}</span> {t(`calendar.kind.${sel.kind}`)}:{' '}
                {formatInZone(sel.at, zone, lang, 'dateTime')}
              </p>
              <ScheduledBy entry={sel} zone={zone} />
              <div className="detail-actions">
                <button type="button" onClick={() => openArticle(sel.id)}>
                  {t('calendar.open')}
                </button>
                {isPublisher && sel.kind === 'publish' && !moving ? (
                  <button type="button" className="primary" onClick={() => setMoving({ date: initialMove!.date, time: initialMove!.time, occurrence: initialMove!.repeated })}>
                    {t('calendar.moveTo')}
                  </button>
                ) : null}
              </div>
            </section>
          ) : null}
          {moving && selected ? (
            <section className="move-form" aria-labelledby="move-title">
              <h3 id="move-title">{selected.kind === 'entry' ? t('calendar.moveTitle') : ACTION_LABELS.schedule[lang]}</h3>
              <ZonedTimeForm
                key={`${moving.date}-${moving.time}`}
                timeZone={zone}
                initialDate={moving.date}
                initialTime={moving.time}
                initialOccurrence={moving.occurrence ?? null}
                submitLabel={selected.kind === 'entry' ? t('calendar.move') : ACTION_LABELS.schedule[lang]}
                busy={busy}
                onCancel={() => setMoving(null)}
                onSubmit={(utc) => void moveTo(utc, selected)}
              />
            </section>
          ) : null}

          <section aria-labelledby="ready-title">
            <h3 id="ready-title">
              {t('calendar.ready')} {approved.length > 0 ? <span className="count-badge">{approved.length}</span> : null}
            </h3>
            {approved.length === 0 ? <p className="muted small">{t('calendar.noneReady')}</p> : null}
            <ul className="ready-list">
              {approved.map((item) => (
                <li key={item.id}>
                  <span className="ready-headline">{item.headline || t('workflow.untitled')}</span>
                  {isPublisher ? (
                    <button
                      type="button"
                      aria-label={t('calendar.scheduleItem', { headline: item.headline || t('workflow.untitled') })}
                      onClick={() => {
                        setSelected({ kind: 'approved', item });
                        setMoving(nextReleaseTime(Date.now(), zone, date ? { onDate: date } : {}));
                      }}
                    >
                      {ACTION_LABELS.schedule[lang]}…
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="flights-title">
            <h3 id="flights-title">{t('calendar.flights')}</h3>
            {flights.length === 0 ? <p className="muted small">{t('calendar.noFlights')}</p> : null}
            <ul className="flight-list">
              {flights.map((f) => (
                <li key={f.id} className="flight">
                  <span className={`flight-chip cat-${f.category}`} aria-hidden="true" />
                  <span>
                    <strong>{f.advertiser}</strong> <span className="muted small">({t(`calendar.category.${f.category}`)})</span>
                    <br />
                    <span className="small">
                      {formatInZone(f.start, zone, lang, 'date')} – {formatInZone(f.end, zone, lang, 'date')}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </div>
  );
}
