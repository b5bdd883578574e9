import type { Localized } from './localized';
import { formatLocalDate, localDateToWallMs, parseLocalDate, parseLocalTime, wallMsToLocalDate } from './local-date';
import { formatUtcOffset, isValidTimeZone, offsetMinutesAt, zoneAbbreviation } from './zone';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** One of the two instants a repeated wall-clock time stands for. */
export interface AmbiguousOption {
  utc: string;
  offsetMinutes: number;
  /** English label, e.g. "first (CEST, UTC+2)". */
  label: string;
  /** German label, e.g. "erste (MESZ, UTC+2)". */
  labelDe: string;
}

/** What a date and time typed in the site's zone mean as a UTC instant. */
export type ZonedInputResult =
  | { kind: 'ok'; utc: string }
  /** The time falls into the hour skipped when clocks go forward; `nextValidUtc` is the first instant after it. */
  | { kind: 'gap'; message: Localized; nextValidUtc: string }
  /** The time occurs twice when clocks go back; the user must pick one (earlier instant first). */
  | { kind: 'ambiguous'; message: Localized; options: [AmbiguousOption, AmbiguousOption] }
  | { kind: 'invalid'; message: Localized };

const hhmm = (wallMs: number) => new Date(wallMs).toISOString().slice(11, 16);
const germanDate = (wallMs: number) => {
  const d = wallMsToLocalDate(wallMs);
  return `${String(d.day).padStart(2, '0')}.${String(d.month).padStart(2, '0')}.${d.year}`;
};

/** First instant in (lo, hi] whose offset differs from lo's, to the minute. */
function findTransition(timeZone: string, lo: number, hi: number): number {
  const before = offsetMinutesAt(timeZone, lo);
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetMinutesAt(timeZone, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

function optionFor(timeZone: string, utcMs: number, offset: number, ordinal: 0 | 1): AmbiguousOption {
  const utcOffset = formatUtcOffset(offset);
  const en = zoneAbbreviation(timeZone, utcMs, 'en');
  const de = zoneAbbreviation(timeZone, utcMs, 'de');
  return {
    utc: new Date(utcMs).toISOString(),
    offsetMinutes: offset,
    label: `${ordinal === 0 ? 'first' : 'second'} (${en ? `${en}, ` : ''}${utcOffset})`,
    labelDe: `${ordinal === 0 ? 'erste' : 'zweite'} (${de ? `${de}, ` : ''}${utcOffset})`,
  };
}

const FIRST_STORABLE_MS = Date.parse('0000-01-01T00:00:00Z');
const AFTER_LAST_STORABLE_MS = Date.parse('9999-12-31T23:59:59.999Z') + 1;

/**
 * Turns a date and time as typed in `timeZone` ("2026-10-25", "02:30", "Europe/Berlin") into
 * a UTC instant. Times skipped by a clock change are rejected with an explanation; times that
 * occur twice come back as two options for the user to choose from. Never reads the machine's
 * own time zone.
 */
export function zonedInputToUtc(localDate: string, localTime: string, timeZone: string): ZonedInputResult {
  const date = parseLocalDate(localDate);
  const minutes = parseLocalTime(localTime);
  if (!date || minutes === null) {
    return {
      kind: 'invalid',
      message: { de: `Ungültiges Datum oder Uhrzeit: ${localDate} ${localTime}`, en: `Invalid date or time: ${localDate} ${localTime}` },
    };
  }
  if (!isValidTimeZone(timeZone)) {
    return { kind: 'invalid', message: { de: `Unbekannte Zeitzone: ${timeZone}`, en: `Unknown time zone: ${timeZone}` } };
  }
  const wall = localDateToWallMs(date) + minutes * MINUTE_MS;
  // Stored instants are ISO strings with a four-digit year: keep a day clear of both ends.
  if (wall - DAY_MS < FIRST_STORABLE_MS || wall + DAY_MS >= AFTER_LAST_STORABLE_MS) {
    return {
      kind: 'invalid',
      message: { de: `Dieses Datum liegt außerhalb des möglichen Bereichs: ${localDate}`, en: `This date is out of range: ${localDate}` },
    };
  }
  // No zone's offset exceeds a day, so the offsets a day either side bracket every reading.
  const offsetBefore = offsetMinutesAt(timeZone, wall - DAY_MS);
  const offsetAfter = offsetMinutesAt(timeZone, wall + DAY_MS);
  const valid = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => ({ offset, utcMs: wall - offset * MINUTE_MS }))
    .filter(({ offset, utcMs }) => offsetMinutesAt(timeZone, utcMs) === offset)
    .sort((a, b) => a.utcMs - b.utcMs);

  const [first, second] = valid;
  if (first && second) {
    const time = hhmm(wall);
    return {
      kind: 'ambiguous',
      message: {
        de: `${time} Uhr gibt es am ${germanDate(wall)} in ${timeZone} zweimal, weil die Uhren zurückgestellt werden. Bitte wählen, welche gemeint ist.`,
        en: `${time} occurs twice on ${formatLocalDate(date)} in ${timeZone} because the clocks go back. Please choose which one you mean.`,
      },
      options: [optionFor(timeZone, first.utcMs, first.offset, 0), optionFor(timeZone, second.utcMs, second.offset, 1)],
    };
  }
  if (first) return { kind: 'ok', utc: new Date(first.utcMs).toISOString() };

  const transition = findTransition(timeZone, wall - DAY_MS, wall + DAY_MS);
  const gapStart = hhmm(transition + offsetBefore * MINUTE_MS);
  const gapEnd = hhmm(transition + offsetAfter * MINUTE_MS);
  const time = hhmm(wall);
  return {
    kind: 'gap',
    nextValidUtc: new Date(transition).toISOString(),
    message: {
      de: `${time} Uhr gibt es am ${germanDate(wall)} in ${timeZone} nicht: In dieser Nacht werden die Uhren um ${gapStart} Uhr auf ${gapEnd} Uhr vorgestellt. Bitte eine Zeit ab ${gapEnd} Uhr wählen.`,
      en: `${time} does not exist on ${formatLocalDate(date)} in ${timeZone}: that night the clocks jump forward from ${gapStart} to ${gapEnd}. Please pick ${gapEnd} or later.`,
    },
  };
}
