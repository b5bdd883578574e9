import { addDays, formatLocalDate, parseLocalDate } from '../time/local-date';
import { utcToZonedParts } from '../time/zoned-parts';
import { zonedInputToUtc } from '../time/zoned-input';

/**
 * The newsroom's release slots, as the site's clock shows them. A proposal is always one of
 * these: editors plan to the slot grid (morning, lunch, afternoon, evening), not to the minute.
 */
export const RELEASE_SLOTS = ['06:00', '09:00', '12:00', '15:00', '18:00'] as const;
/** A proposal lies at least this far ahead, so it is not in the past by the time the dialog is sent. */
export const RELEASE_LEAD_MINUTES = 15;

/** A proposed release: the instant, and the date and time the site's clock shows for it. */
export interface ReleaseProposal {
  utc: string;
  date: string;
  time: string;
}

/** The instant of `time` on `date` in `timeZone`: the earlier one when the clocks go back, none in a skipped hour. */
function slotInstant(date: string, time: string, timeZone: string): number | null {
  const reading = zonedInputToUtc(date, time, timeZone);
  if (reading.kind === 'ok') return Date.parse(reading.utc);
  if (reading.kind === 'ambiguous') return Date.parse(reading.options[0].utc);
  return null;
}

/**
 * The next release slot in `timeZone` at least RELEASE_LEAD_MINUTES after `now` (so never in
 * the past); after the day's last slot, the first one of the next day. With `onDate`
 * ("YYYY-MM-DD", a day picked in the calendar) the first such slot on that day or later.
 * Pure: reads no clock and never the machine's zone.
 */
export function nextReleaseTime(now: Date | number, timeZone: string, options: { onDate?: string; slots?: readonly string[] } = {}): ReleaseProposal {
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const earliest = nowMs + RELEASE_LEAD_MINUTES * 60_000;
  const slots = options.slots?.length ? options.slots : RELEASE_SLOTS;
  const today = utcToZonedParts(earliest, timeZone).date;
  const picked = options.onDate ? parseLocalDate(options.onDate) : null;
  let day = parseLocalDate(picked && formatLocalDate(picked) > today ? formatLocalDate(picked) : today)!;
  // Every zone has each slot on most days, so a few days always find one.
  for (let i = 0; i < 4; i++, day = addDays(day, 1)) {
    const date = formatLocalDate(day);
    for (const time of slots) {
      const at = slotInstant(date, time, timeZone);
      if (at !== null && at >= earliest) return { utc: new Date(at).toISOString(), date, time };
    }
  }
  throw new RangeError(`No release slot found after ${new Date(nowMs).toISOString()} in ${timeZone}`);
}
