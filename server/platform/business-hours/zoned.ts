/** A calendar date without a zone. */
export type CivilDate = { readonly year: number; readonly month: number; readonly day: number };

/** A wall-clock date and time in some zone (seconds optional, default 0). */
export type WallTime = CivilDate & {
  readonly hour: number;
  readonly minute: number;
  readonly second?: number;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The wall-clock date and time (to the second) of an instant in an IANA time zone. */
export function toZoned(instant: Date, timeZone: string): Required<WallTime> {
  const fields: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year!,
    month: fields.month!,
    day: fields.day!,
    hour: fields.hour!,
    minute: fields.minute!,
    second: fields.second!,
  };
}

/** The zone's offset from UTC, in milliseconds, at an instant (positive east of Greenwich). */
export function offsetAt(instantMs: number, timeZone: string): number {
  const whole = Math.floor(instantMs / 1000) * 1000;
  return wallMs(toZoned(new Date(whole), timeZone)) - whole;
}

/**
 * The instant at which the zone's clocks show `wall`.
 * DST gap (the wall time never occurs, e.g. 02:30 on a spring-forward day): returns the first instant
 * after the gap, i.e. the transition itself (03:00 in Los Angeles), the earliest instant whose clock reads
 * later than `wall`. DST overlap (the wall time occurs twice): returns the earlier of the two instants.
 * Assumes at most one offset change within a day of `wall` (true of every IANA zone).
 */
export function fromZoned(wall: WallTime, timeZone: string): Date {
  const target = wallMs(wall);
  const day = 86_400_000;
  const offsets = new Set([
    offsetAt(target - day, timeZone),
    offsetAt(target, timeZone),
    offsetAt(target + day, timeZone),
  ]);
  let best: number | undefined;
  for (const offset of offsets) {
    const candidate = target - offset;
    if (offsetAt(candidate, timeZone) === offset && (best === undefined || candidate < best))
      best = candidate;
  }
  if (best !== undefined) return new Date(best);
  // Gap: the offset jumps from `before` to `after` (> before) somewhere in [target - after, target - before].
  const before = Math.min(...offsets);
  let low = target - Math.max(...offsets); // offset here is still `before`
  let high = target - before; // offset here is already `after`
  while (high - low > 1000) {
    const mid = low + Math.floor((high - low) / 2000) * 1000;
    if (offsetAt(mid, timeZone) === before) low = mid;
    else high = mid;
  }
  return new Date(high);
}

/** The civil date `days` after `date` (negative goes back); pure calendar arithmetic, no zone. */
export function addDays(date: CivilDate, days: number): CivilDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** Weekday of a civil date: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CivilDate): 0 | 1 | 2 | 3 | 4 | 5 | 6 {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() as 0 | 1 | 2 | 3 | 4 | 5 | 6;
}

/** "YYYY-MM-DD" of a civil date. */
export function isoDate(date: CivilDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Compares two civil dates: negative, zero or positive. */
export function compareDates(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function wallMs(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
}
