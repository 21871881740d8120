/** Opening hours of one weekday as wall-clock "HH:MM" in the calendar's zone; `end` may be "24:00". */
export type OpenHours = { readonly start: string; readonly end: string };

/** Weekday numbers as in `Date#getUTCDay`: 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** An office's business calendar: IANA zone, hours per weekday (null = closed) and holidays ("YYYY-MM-DD" in that zone). */
export type BusinessCalendar = {
  readonly timeZone: string;
  readonly hours: Readonly<Record<Weekday, OpenHours | null>>;
  readonly holidays: readonly string[];
};

const TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Minutes after midnight of an "HH:MM" wall time (accepts "24:00"); throws RangeError on bad input. */
export function parseWallTime(value: string): number {
  const match = TIME.exec(value);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
  if (!match || minutes > 24 * 60) throw new RangeError(`Invalid wall time "${value}" (expected HH:MM)`);
  return minutes;
}

/** Throws RangeError unless the calendar has a known zone, well-formed hours (start < end) and ISO holidays. */
export function assertBusinessCalendar(calendar: BusinessCalendar): void {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: calendar.timeZone });
  } catch {
    throw new RangeError(`Unknown time zone "${calendar.timeZone}"`);
  }
  for (const day of [0, 1, 2, 3, 4, 5, 6] as const) {
    const hours = calendar.hours[day];
    if (hours === undefined)
      throw new RangeError(`Hours for weekday ${day} are missing (use null for closed)`);
    if (hours === null) continue;
    // Overnight shifts (end before start) are not modelled: split them over two weekdays instead.
    if (parseWallTime(hours.start) >= parseWallTime(hours.end)) {
      throw new RangeError(`Weekday ${day}: start ${hours.start} must be before end ${hours.end}`);
    }
  }
  for (const holiday of calendar.holidays) {
    if (!ISO_DATE.test(holiday)) throw new RangeError(`Invalid holiday "${holiday}" (expected YYYY-MM-DD)`);
  }
}
