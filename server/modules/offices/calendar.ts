import type { OfficeView } from "../../../contracts/offices/office.ts";
import type { BusinessCalendar, OpenHours, Weekday } from "../../platform/business-hours/calendar.ts";
import {
  holidayDates,
  koreanPublicHolidays,
  usFederalHolidays,
} from "../../platform/business-hours/holidays.ts";

/** The years whose public holidays a calendar carries: SLA clocks rarely span more than a year. */
function yearsAround(now: Date): number[] {
  const year = now.getUTCFullYear();
  return [year - 1, year, year + 1, year + 2];
}

const sets = {
  kr: (year: number) => {
    try {
      return holidayDates(koreanPublicHolidays(year));
    } catch {
      // Lunar holidays are tabled for 2025–2030 only; outside that, the office lists its closures itself.
      return [];
    }
  },
  us: (year: number) => holidayDates(usFederalHolidays(year)),
} as const;

/** An office as the API shows it (`updatedAt` a string) or as its row (a Date). */
type CalendarFacts = Pick<OfficeView, "timeZone" | "hours" | "holidayCalendars" | "holidays"> & {
  updatedAt: string | Date;
};

function build(office: CalendarFacts, now: Date): BusinessCalendar {
  const hours = {} as Record<Weekday, OpenHours | null>;
  office.hours.forEach((day, index) => {
    hours[index as Weekday] = day;
  });
  const holidays = new Set(office.holidays);
  for (const set of office.holidayCalendars) {
    for (const year of yearsAround(now)) for (const date of sets[set](year)) holidays.add(date);
  }
  return { timeZone: office.timeZone, hours, holidays: [...holidays].sort() };
}

// Few offices, each with a handful of versions: a small map, cleared when it grows.
const cache = new Map<string, BusinessCalendar>();

/**
 * An office's business calendar: its zone and hours, its own closure days and the public holidays it
 * observes. Built once per office version and year (the business-hours functions cache the holiday set
 * per calendar object).
 */
export function officeCalendar(office: CalendarFacts & { id: string }, now = new Date()): BusinessCalendar {
  const version = office.updatedAt instanceof Date ? office.updatedAt.toISOString() : office.updatedAt;
  const key = `${office.id}:${version}:${now.getUTCFullYear()}`;
  let calendar = cache.get(key);
  if (!calendar) {
    if (cache.size > 256) cache.clear();
    calendar = build(office, now);
    cache.set(key, calendar);
  }
  return calendar;
}
