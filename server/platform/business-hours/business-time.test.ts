import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addBusinessMinutes, businessMinutesBetween, isOpenAt } from "./business-time.ts";
import type { BusinessCalendar, OpenHours } from "./calendar.ts";
import { parseWallTime } from "./calendar.ts";
import { holidayDates, koreanPublicHolidays, usFederalHolidays } from "./holidays.ts";
import { fromZoned, isoDate, toZoned, weekdayOf } from "./zoned.ts";

const LA = "America/Los_Angeles";
const SEOUL = "Asia/Seoul";
const office: OpenHours = { start: "09:00", end: "18:00" };
const years = [2025, 2026, 2027, 2028, 2029, 2030];

const laOffice: BusinessCalendar = {
  timeZone: LA,
  hours: { 0: null, 1: office, 2: office, 3: office, 4: office, 5: office, 6: null },
  holidays: years.flatMap((year) => holidayDates(usFederalHolidays(year))),
};
const seoulOffice: BusinessCalendar = {
  timeZone: SEOUL,
  hours: { 0: null, 1: office, 2: office, 3: office, 4: office, 5: office, 6: null },
  holidays: years.flatMap((year) => holidayDates(koreanPublicHolidays(year))),
};
// Open only in the small hours of Sunday, across the 02:00 DST changes in Los Angeles.
const laSundayNight: BusinessCalendar = {
  timeZone: LA,
  hours: { 0: { start: "01:00", end: "04:00" }, 1: null, 2: null, 3: null, 4: null, 5: null, 6: null },
  holidays: [],
};
const allDay: OpenHours = { start: "00:00", end: "24:00" };
const laAlwaysOpen: BusinessCalendar = {
  timeZone: LA,
  hours: { 0: allDay, 1: allDay, 2: allDay, 3: allDay, 4: allDay, 5: allDay, 6: allDay },
  holidays: [],
};
const calendars = [laOffice, seoulOffice, laSundayNight, laAlwaysOpen];

const la = (year: number, month: number, day: number, hour: number, minute = 0) =>
  fromZoned({ year, month, day, hour, minute }, LA);
const seoul = (year: number, month: number, day: number, hour: number, minute = 0) =>
  fromZoned({ year, month, day, hour, minute }, SEOUL);

const DAY = 86_400_000;
const dstDays = ["2026-03-08", "2026-11-01", "2027-03-14", "2027-11-07"].map((d) =>
  Date.parse(`${d}T10:00:00Z`),
);
const instant = fc.oneof(
  fc
    .tuple(fc.constantFrom(...dstDays), fc.integer({ min: -4 * DAY, max: 4 * DAY }))
    .map(([base, shift]) => new Date(base + shift)),
  fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2030, 6, 1) }).map((ms) => new Date(ms)),
);
const calendar = fc.constantFrom(...calendars);
const minutes = fc.integer({ min: 0, max: 6_000 });

/** Independent of the library's intervals: is this wall-clock reading within the calendar's hours? */
function insideByWallClock(at: Date, cal: BusinessCalendar): boolean {
  const wall = toZoned(at, cal.timeZone);
  const hours = cal.hours[weekdayOf(wall)];
  if (!hours || cal.holidays.includes(isoDate(wall))) return false;
  const clock = wall.hour * 60 + wall.minute + wall.second / 60;
  return parseWallTime(hours.start) <= clock && clock < parseWallTime(hours.end);
}

describe("business-time properties", () => {
  it("counts back exactly the minutes added", () => {
    fc.assert(
      fc.property(instant, minutes, calendar, (start, m, cal) => {
        expect(businessMinutesBetween(start, addBusinessMinutes(start, m, cal), cal)).toBe(m);
      }),
    );
  });

  it("is monotonic in the minutes added", () => {
    fc.assert(
      fc.property(instant, minutes, minutes, calendar, (start, a, b, cal) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(addBusinessMinutes(start, low, cal).getTime()).toBeLessThanOrEqual(
          addBusinessMinutes(start, high, cal).getTime(),
        );
      }),
    );
  });

  it("adds a + b the same as a then b", () => {
    fc.assert(
      fc.property(instant, minutes, minutes, calendar, (start, a, b, cal) => {
        const once = addBusinessMinutes(start, a + b, cal);
        const twice = addBusinessMinutes(addBusinessMinutes(start, a, cal), b, cal);
        expect(twice.toISOString()).toBe(once.toISOString());
      }),
    );
  });

  it("lands inside open hours on a non-holiday, or exactly at a closing time", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 6_000 }), calendar, (start, m, cal) => {
        const end = addBusinessMinutes(start, m, cal);
        const inside = insideByWallClock(end, cal);
        const atClose = !inside && insideByWallClock(new Date(end.getTime() - 1), cal);
        expect(inside || atClose).toBe(true);
        expect(isOpenAt(end, cal) || atClose).toBe(true);
      }),
    );
  });

  it("splits a span additively at any middle point", () => {
    fc.assert(
      fc.property(instant, fc.nat(5 * DAY), fc.nat(5 * DAY), calendar, (from, x, y, cal) => {
        const middle = new Date(from.getTime() + x);
        const to = new Date(middle.getTime() + y);
        const whole = businessMinutesBetween(from, to, cal);
        const parts = businessMinutesBetween(from, middle, cal) + businessMinutesBetween(middle, to, cal);
        expect(Math.abs(whole - parts)).toBeLessThan(1e-9);
      }),
    );
  });
});

describe("addBusinessMinutes / businessMinutesBetween", () => {
  it("moves a Friday 17:00 request with 120 minutes to Monday 10:00 in Los Angeles", () => {
    expect(addBusinessMinutes(la(2026, 10, 23, 17), 120, laOffice).toISOString()).toBe(
      la(2026, 10, 26, 10).toISOString(),
    );
    // Across the spring-forward weekend: Monday 10:00 PDT is 17:00Z, not 18:00Z.
    expect(addBusinessMinutes(la(2026, 3, 6, 17), 120, laOffice).toISOString()).toBe(
      "2026-03-09T17:00:00.000Z",
    );
    // Across the fall-back weekend: Monday 10:00 PST is 18:00Z.
    expect(addBusinessMinutes(la(2026, 10, 30, 17), 120, laOffice).toISOString()).toBe(
      "2026-11-02T18:00:00.000Z",
    );
  });

  it("starts counting at the next opening when started outside hours", () => {
    expect(addBusinessMinutes(la(2026, 10, 24, 12), 30, laOffice).toISOString()).toBe(
      la(2026, 10, 26, 9, 30).toISOString(),
    );
    expect(addBusinessMinutes(la(2026, 10, 26, 6), 30, laOffice).toISOString()).toBe(
      la(2026, 10, 26, 9, 30).toISOString(),
    );
    expect(addBusinessMinutes(la(2026, 10, 26, 6), 0, laOffice).toISOString()).toBe(
      la(2026, 10, 26, 6).toISOString(),
    );
    expect(addBusinessMinutes(la(2026, 10, 26, 9), 540, laOffice).toISOString()).toBe(
      la(2026, 10, 26, 18).toISOString(),
    );
  });

  it("keeps a business day at 540 minutes across the DST nights", () => {
    for (const [friday, monday] of [
      [la(2026, 3, 6, 9), la(2026, 3, 9, 9)],
      [la(2026, 10, 30, 9), la(2026, 11, 2, 9)],
      [la(2027, 3, 12, 9), la(2027, 3, 15, 9)],
      [la(2027, 11, 5, 9), la(2027, 11, 8, 9)],
    ] as const) {
      expect(businessMinutesBetween(friday, monday, laOffice)).toBe(540);
      expect(businessMinutesBetween(friday, new Date(monday.getTime() + 3_600_000), laOffice)).toBe(600);
      expect(addBusinessMinutes(friday, 541, laOffice).toISOString()).toBe(
        new Date(monday.getTime() + 60_000).toISOString(),
      );
    }
  });

  it("counts real elapsed minutes when the open hours themselves span a DST change", () => {
    // 01:00–04:00 on spring-forward Sunday is two real hours; on fall-back Sunday it is four.
    expect(businessMinutesBetween(la(2026, 3, 7, 0), la(2026, 3, 9, 0), laSundayNight)).toBe(120);
    expect(businessMinutesBetween(la(2026, 10, 31, 0), la(2026, 11, 2, 0), laSundayNight)).toBe(240);
    expect(businessMinutesBetween(la(2026, 3, 7, 12), la(2026, 3, 9, 12), laAlwaysOpen)).toBe(47 * 60);
    expect(businessMinutesBetween(la(2026, 10, 31, 12), la(2026, 11, 2, 12), laAlwaysOpen)).toBe(49 * 60);
  });

  it("skips Chuseok 2026 (Sep 24–26) in Seoul", () => {
    const wednesday = seoul(2026, 9, 23, 17);
    expect(addBusinessMinutes(wednesday, 120, seoulOffice).toISOString()).toBe(
      seoul(2026, 9, 28, 10).toISOString(),
    );
    expect(businessMinutesBetween(seoul(2026, 9, 23, 9), seoul(2026, 9, 28, 18), seoulOffice)).toBe(2 * 540);
    // Control: without the holiday list the same request lands on Thursday.
    const noHolidays = { ...seoulOffice, holidays: [] };
    expect(addBusinessMinutes(wednesday, 120, noHolidays).toISOString()).toBe(
      seoul(2026, 9, 24, 10).toISOString(),
    );
  });

  it("returns 0 when to is not after from, and rejects bad input", () => {
    expect(businessMinutesBetween(la(2026, 10, 26, 12), la(2026, 10, 26, 10), laOffice)).toBe(0);
    expect(businessMinutesBetween(la(2026, 10, 26, 12), la(2026, 10, 26, 12), laOffice)).toBe(0);
    expect(() => addBusinessMinutes(new Date(), -1, laOffice)).toThrow(RangeError);
    expect(() => addBusinessMinutes(new Date(), 1, { ...laOffice, timeZone: "Mars/Olympus" })).toThrow(
      RangeError,
    );
    const closed = { ...laOffice, hours: { ...laOffice.hours, 1: { start: "18:00", end: "09:00" } } };
    expect(() => addBusinessMinutes(new Date(), 1, closed)).toThrow(RangeError);
    const neverOpen = { ...laSundayNight, hours: { ...laSundayNight.hours, 0: null } };
    expect(() => addBusinessMinutes(new Date(), 1, neverOpen)).toThrow(RangeError);
  });
});
