import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addBusinessMinutes,
  businessMinutesBetween,
  isOpenAt,
  subtractBusinessMinutes,
} from "./business-time.ts";
import type { BusinessCalendar, OpenHours } from "./calendar.ts";
import { holidayDates, koreanPublicHolidays, usFederalHolidays } from "./holidays.ts";
import { fromZoned } from "./zoned.ts";

const LA = "America/Los_Angeles";
const SEOUL = "Asia/Seoul";
const office: OpenHours = { start: "09:00", end: "18:00" };
const allDay: OpenHours = { start: "00:00", end: "24:00" };
const years = [2025, 2026, 2027];
const weekdays = (hours: OpenHours) => ({
  0: null,
  1: hours,
  2: hours,
  3: hours,
  4: hours,
  5: hours,
  6: null,
});

const laOffice: BusinessCalendar = {
  timeZone: LA,
  hours: weekdays(office),
  holidays: years.flatMap((year) => holidayDates(usFederalHolidays(year))),
};
const seoulOffice: BusinessCalendar = {
  timeZone: SEOUL,
  hours: weekdays(office),
  holidays: years.flatMap((year) => holidayDates(koreanPublicHolidays(year))),
};
const laAlwaysOpen: BusinessCalendar = {
  timeZone: LA,
  hours: { 0: allDay, 1: allDay, 2: allDay, 3: allDay, 4: allDay, 5: allDay, 6: allDay },
  holidays: [],
};
const laSundayNight: BusinessCalendar = {
  timeZone: LA,
  hours: { 0: { start: "01:00", end: "04:00" }, 1: null, 2: null, 3: null, 4: null, 5: null, 6: null },
  holidays: [],
};

const DAY = 86_400_000;
const dstDays = ["2025-03-09", "2025-11-02", "2026-03-08", "2026-11-01"].map((d) =>
  Date.parse(`${d}T10:00:00Z`),
);
const instant = fc.oneof(
  fc
    .tuple(fc.constantFrom(...dstDays), fc.integer({ min: -4 * DAY, max: 4 * DAY }))
    .map(([base, shift]) => new Date(base + shift)),
  fc.integer({ min: Date.UTC(2025, 1, 1), max: Date.UTC(2027, 6, 1) }).map((ms) => new Date(ms)),
);
const calendar = fc.constantFrom(laOffice, seoulOffice, laAlwaysOpen, laSundayNight);
const minutes = fc.integer({ min: 0, max: 6_000 });

describe("subtractBusinessMinutes", () => {
  it("counts forward exactly the minutes taken back", () => {
    fc.assert(
      fc.property(instant, minutes, calendar, (end, m, cal) => {
        const start = subtractBusinessMinutes(end, m, cal);
        expect(start.getTime()).toBeLessThanOrEqual(end.getTime());
        expect(businessMinutesBetween(start, end, cal)).toBe(m);
      }),
    );
  });

  it("is the latest such instant: a business minute later, fewer minutes are left", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 6_000 }), calendar, (end, m, cal) => {
        const start = subtractBusinessMinutes(end, m, cal);
        // It starts inside open hours (an opening time included), so one second later a second is gone.
        expect(isOpenAt(start, cal)).toBe(true);
        expect(businessMinutesBetween(new Date(start.getTime() + 1000), end, cal)).toBeLessThan(m);
      }),
    );
  });

  it("undoes addBusinessMinutes for a due time computed from an instant inside open hours", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 6_000 }), calendar, (start, m, cal) => {
        fc.pre(isOpenAt(start, cal));
        const due = addBusinessMinutes(start, m, cal);
        expect(subtractBusinessMinutes(due, m, cal).toISOString()).toBe(start.toISOString());
      }),
    );
  });

  it("warns on Friday for a Monday-morning due time, across the spring-forward weekend", () => {
    const due = fromZoned({ year: 2026, month: 3, day: 9, hour: 9, minute: 30 }, LA);
    // Exactly at the opening: it starts there (the latest instant), not at Friday's closing.
    expect(subtractBusinessMinutes(due, 30, laOffice).toISOString()).toBe(
      fromZoned({ year: 2026, month: 3, day: 9, hour: 9, minute: 0 }, LA).toISOString(),
    );
    expect(subtractBusinessMinutes(due, 60, laOffice).toISOString()).toBe(
      fromZoned({ year: 2026, month: 3, day: 6, hour: 17, minute: 30 }, LA).toISOString(),
    );
    // Chuseok 2025 (Oct 5–8, with the substitute day) and 개천절/한글날: Thursday Oct 2 is the last day before.
    const afterChuseok = fromZoned({ year: 2025, month: 10, day: 10, hour: 9, minute: 10 }, SEOUL);
    expect(subtractBusinessMinutes(afterChuseok, 20, seoulOffice).toISOString()).toBe(
      fromZoned({ year: 2025, month: 10, day: 2, hour: 17, minute: 50 }, SEOUL).toISOString(),
    );
    expect(() => subtractBusinessMinutes(due, -1, laOffice)).toThrow(RangeError);
  });
});
