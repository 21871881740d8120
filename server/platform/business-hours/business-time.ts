import { assertBusinessCalendar, type BusinessCalendar, parseWallTime } from "./calendar.ts";
import { addDays, type CivilDate, compareDates, fromZoned, isoDate, toZoned, weekdayOf } from "./zoned.ts";

const MINUTE = 60_000;
// A calendar with no opening for this long is treated as misconfigured rather than looped over forever.
const MAX_CLOSED_DAYS = 3 * 366;

type Interval = { readonly open: number; readonly close: number };

const holidaySets = new WeakMap<BusinessCalendar, ReadonlySet<string>>();

function holidaysOf(calendar: BusinessCalendar): ReadonlySet<string> {
  let set = holidaySets.get(calendar);
  if (!set) {
    assertBusinessCalendar(calendar);
    set = new Set(calendar.holidays);
    holidaySets.set(calendar, set);
  }
  return set;
}

function atWallMinutes(date: CivilDate, minutes: number, timeZone: string): number {
  // "24:00" is midnight at the start of the next day.
  const day = minutes === 24 * 60 ? addDays(date, 1) : date;
  const hour = minutes === 24 * 60 ? 0 : Math.floor(minutes / 60);
  return fromZoned({ ...day, hour, minute: minutes % 60 }, timeZone).getTime();
}

/** The open interval of one local date, or null when closed (weekday without hours, or holiday). */
function openInterval(date: CivilDate, calendar: BusinessCalendar): Interval | null {
  const hours = calendar.hours[weekdayOf(date)];
  if (!hours || holidaysOf(calendar).has(isoDate(date))) return null;
  const open = atWallMinutes(date, parseWallTime(hours.start), calendar.timeZone);
  const close = atWallMinutes(date, parseWallTime(hours.end), calendar.timeZone);
  // Hours that fall entirely inside a DST gap collapse to nothing.
  return close > open ? { open, close } : null;
}

function localDate(instant: number, timeZone: string): CivilDate {
  const { year, month, day } = toZoned(new Date(instant), timeZone);
  return { year, month, day };
}

/** The instant when `minutes` business minutes have elapsed from `start` (counting starts at the next opening). */
export function addBusinessMinutes(start: Date, minutes: number, calendar: BusinessCalendar): Date {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`minutes must be a finite number ≥ 0, got ${minutes}`);
  }
  holidaysOf(calendar);
  const from = start.getTime();
  // Zero elapsed minutes is the start itself, even outside hours, so that adding is associative.
  if (minutes === 0) return new Date(from);
  let remaining = Math.round(minutes * MINUTE);
  let date = localDate(from, calendar.timeZone);
  for (let closedDays = 0; closedDays <= MAX_CLOSED_DAYS; date = addDays(date, 1)) {
    const interval = openInterval(date, calendar);
    if (!interval || interval.close <= from) {
      closedDays++;
      continue;
    }
    closedDays = 0;
    const begin = Math.max(interval.open, from);
    const available = interval.close - begin;
    // Landing exactly on a closing time ends there rather than at the next opening.
    if (remaining <= available) return new Date(begin + remaining);
    remaining -= available;
  }
  throw new RangeError(`Calendar in ${calendar.timeZone} has no opening hours for ${MAX_CLOSED_DAYS} days`);
}

/**
 * The latest instant from which `minutes` business minutes elapse until `end` (counting back from the last
 * opening before it): the inverse of `addBusinessMinutes`, for warnings "n business minutes before due".
 */
export function subtractBusinessMinutes(end: Date, minutes: number, calendar: BusinessCalendar): Date {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`minutes must be a finite number ≥ 0, got ${minutes}`);
  }
  holidaysOf(calendar);
  const to = end.getTime();
  if (minutes === 0) return new Date(to);
  let remaining = Math.round(minutes * MINUTE);
  let date = localDate(to, calendar.timeZone);
  for (let closedDays = 0; closedDays <= MAX_CLOSED_DAYS; date = addDays(date, -1)) {
    const interval = openInterval(date, calendar);
    if (!interval || interval.open >= to) {
      closedDays++;
      continue;
    }
    closedDays = 0;
    const finish = Math.min(interval.close, to);
    const available = finish - interval.open;
    // Landing exactly on an opening time starts there rather than at the previous closing.
    if (remaining <= available) return new Date(finish - remaining);
    remaining -= available;
  }
  throw new RangeError(`Calendar in ${calendar.timeZone} has no opening hours for ${MAX_CLOSED_DAYS} days`);
}

/** Business minutes elapsed between two instants in the calendar (0 when `to` is not after `from`). */
export function businessMinutesBetween(from: Date, to: Date, calendar: BusinessCalendar): number {
  holidaysOf(calendar);
  const begin = from.getTime();
  const end = to.getTime();
  if (end <= begin) return 0;
  const last = localDate(end, calendar.timeZone);
  let total = 0;
  for (
    let date = localDate(begin, calendar.timeZone);
    compareDates(date, last) <= 0;
    date = addDays(date, 1)
  ) {
    const interval = openInterval(date, calendar);
    if (!interval) continue;
    total += Math.max(0, Math.min(interval.close, end) - Math.max(interval.open, begin));
  }
  return total / MINUTE;
}

/** Whether `instant` lies within open hours (closing time excluded) on a non-holiday in the calendar. */
export function isOpenAt(instant: Date, calendar: BusinessCalendar): boolean {
  const at = instant.getTime();
  const interval = openInterval(localDate(at, calendar.timeZone), calendar);
  return interval !== null && interval.open <= at && at < interval.close;
}
