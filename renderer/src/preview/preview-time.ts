import type { Localized } from '../../../core/time/localized';
import { zonedInputToUtc } from '../../../core/time/zoned-input';
import { utcToZonedParts } from '../../../core/time/zoned-parts';

/** A preview time as the date and time inputs show it, in the site's zone. */
export interface ZonedFields {
  date: string;
  time: string;
}

export const toZonedFields = (at: Date, timeZone: string): ZonedFields => {
  const parts = utcToZonedParts(at, timeZone);
  return { date: parts.date, time: parts.time };
};

/**
 * The instant the inputs stand for. A time skipped by the spring clock change moves to the
 * first valid minute after it, a repeated autumn time takes its first occurrence; both with a note.
 */
export function readZonedFields(fields: ZonedFields, timeZone: string): { at: Date | null; note: Localized | null } {
  const r = zonedInputToUtc(fields.date, fields.time, timeZone);
  if (r.kind === 'ok') return { at: new Date(r.utc), note: null };
  if (r.kind === 'gap') return { at: new Date(r.nextValidUtc), note: r.message };
  if (r.kind === 'ambiguous') return { at: new Date(r.options[0].utc), note: r.message };
  return { at: null, note: r.message };
}
