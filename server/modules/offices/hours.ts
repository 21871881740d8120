import type { OfficeView } from "../../../contracts/offices/office.ts";
import { isOpenAt } from "../../platform/business-hours/business-time.ts";
import { parseWallTime } from "../../platform/business-hours/calendar.ts";
import {
  type Holiday,
  koreanPublicHolidays,
  usFederalHolidays,
} from "../../platform/business-hours/holidays.ts";
import {
  addDays,
  type CivilDate,
  fromZoned,
  isoDate,
  toZoned,
  weekdayOf,
} from "../../platform/business-hours/zoned.ts";
import { officeCalendar } from "./calendar.ts";

type Facts = Pick<OfficeView, "id" | "timeZone" | "hours" | "holidayCalendars" | "holidays" | "updatedAt">;

/** A day the office is closed besides its weekly hours: a public holiday it observes, or its own closure. */
export type OfficeHoliday = {
  date: string;
  name: { ko: string; en: string };
  source: "kr" | "us" | "office";
};

/** One opening of the coming days, as instants: each reader shows them in their own time zone. */
export type Opening = { date: string; weekday: number; opensAt: string; closesAt: string };

export type OfficeSchedule = {
  /** Today's date in the office's zone. */
  today: string;
  /** The office's wall clock now ("HH:MM"). */
  localTime: string;
  openNow: boolean;
  /** The openings of the next seven days in the office's zone (holidays left out). */
  openings: Opening[];
  /** By weekday (Sunday first): its hours on its next occurrence from today, holidays or not; null when closed. */
  week: (Opening | null)[];
  /** Closure days from today to `days` ahead, with their names. */
  holidays: OfficeHoliday[];
};

const OFFICE_CLOSURE = { ko: "사무소 휴무일", en: "Office closed" };

function publicHolidays(set: "kr" | "us", year: number): Holiday[] {
  try {
    return set === "kr" ? koreanPublicHolidays(year) : usFederalHolidays(year);
  } catch {
    // Korean lunar holidays are tabled for a few years only; the office lists later closures itself.
    return [];
  }
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The office's closure days in [from, to] (ISO dates in its zone), named; public holidays first on a shared day. */
export function holidaysBetween(office: Facts, from: string, to: string): OfficeHoliday[] {
  const years = new Set([Number(from.slice(0, 4)), Number(to.slice(0, 4))]);
  const found = new Map<string, OfficeHoliday>();
  for (const set of office.holidayCalendars) {
    for (const year of years)
      for (const holiday of publicHolidays(set, year))
        if (holiday.date >= from && holiday.date <= to && !found.has(holiday.date))
          found.set(holiday.date, { date: holiday.date, name: { ...holiday.name }, source: set });
  }
  for (const date of office.holidays)
    if (date >= from && date <= to && !found.has(date))
      found.set(date, { date, name: OFFICE_CLOSURE, source: "office" });
  return [...found.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Where the office stands at `now`: open or closed, its local clock, the openings of the coming week as
 * instants and the closure days of the next `days` days.
 */
export function scheduleOf(office: Facts, now = new Date(), days = 60): OfficeSchedule {
  const calendar = officeCalendar(office, now);
  const wall = toZoned(now, office.timeZone);
  const today: CivilDate = { year: wall.year, month: wall.month, day: wall.day };
  const closed = new Set(calendar.holidays);
  const openings: Opening[] = [];
  const week: (Opening | null)[] = [null, null, null, null, null, null, null];
  for (let offset = 0; offset < 7; offset++) {
    const date = addDays(today, offset);
    const weekday = weekdayOf(date);
    const hours = office.hours[weekday];
    if (!hours) continue;
    const at = (value: string) => {
      const minutes = parseWallTime(value);
      const day = minutes === 1440 ? addDays(date, 1) : date;
      return fromZoned(
        { ...day, hour: Math.floor(minutes / 60) % 24, minute: minutes % 60 },
        office.timeZone,
      );
    };
    const opening = {
      date: isoDate(date),
      weekday,
      opensAt: at(hours.start).toISOString(),
      closesAt: at(hours.end).toISOString(),
    };
    week[weekday] = opening;
    if (!closed.has(opening.date)) openings.push(opening);
  }
  return {
    today: isoDate(today),
    localTime: `${pad(wall.hour)}:${pad(wall.minute)}`,
    openNow: isOpenAt(now, calendar),
    openings,
    week,
    holidays: holidaysBetween(office, isoDate(today), isoDate(addDays(today, days))),
  };
}
