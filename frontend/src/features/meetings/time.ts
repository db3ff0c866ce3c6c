/**
 * Meetings are planned in a named zone and read in the reader's own. The form speaks wall-clock time in the
 * meeting's zone (`2026-10-25T10:00`); the API speaks instants.
 */

interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function partsIn(date: Date, timeZone: string): WallParts {
  const formatter = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const parts = Object.fromEntries(formatter.formatToParts(date).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant at which the clocks of `timeZone` show this wall time. A time skipped by a change to summer
 * time is taken as the same clock reading before the change (as calendars do); a time that happens twice
 * when clocks go back is its first occurrence.
 */
export function instantOf(wall: string, timeZone: string): Date | null {
  const match = WALL.exec(wall);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  try {
    // Two passes: the offset at the guess, then at the corrected instant.
    let guess = asUtc;
    for (let pass = 0; pass < 2; pass++) {
      const shown = partsIn(new Date(guess), timeZone);
      const shownUtc = Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute);
      guess = guess - (shownUtc - asUtc);
    }
    // Clocks going back: the earlier of the two instants that show this time.
    const earlier = guess - 3_600_000;
    const atEarlier = partsIn(new Date(earlier), timeZone);
    if (Date.UTC(atEarlier.year, atEarlier.month - 1, atEarlier.day, atEarlier.hour, atEarlier.minute) === asUtc) {
      return new Date(earlier);
    }
    return new Date(guess);
  } catch {
    return null;
  }
}

/** The wall time (`YYYY-MM-DDTHH:mm`) that an instant shows in a zone, for a form's datetime-local field. */
export function wallTimeOf(instant: string | Date, timeZone: string): string {
  const parts = partsIn(new Date(instant), timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}T${pad(parts.hour)}:${pad(parts.minute)}`;
}

/** The reader's own zone, as the browser knows it. */
export function readerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** "Tuesday 14 October 2026, 10:00–11:30" in a zone and a language. */
export function formatSpan(startsAt: string, endsAt: string, locale: string, timeZone: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const sameDay = wallTimeOf(start, timeZone).slice(0, 10) === wallTimeOf(end, timeZone).slice(0, 10);
  const day = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'full', timeStyle: 'short' });
  const time = new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short' });
  return `${day.format(start)}–${sameDay ? time.format(end) : day.format(end)}`;
}

/** A short date for lists: "Tue 14 Oct, 10:00". */
export function formatShort(instant: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instant));
}

/** The zones offered in the form: every IANA zone the browser knows, the reader's first. */
export function timeZoneOptions(): string[] {
  const supported =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC', 'Europe/Brussels'];
  const own = readerTimeZone();
  return [own, ...supported.filter((zone) => zone !== own)];
}
