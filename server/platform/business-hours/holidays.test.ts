import { describe, expect, it } from "vitest";
import { koreanPublicHolidays, usFederalHolidays } from "./holidays.ts";

const dates = (list: { date: string }[]) => list.map((holiday) => holiday.date);
const substitutes = (year: number) =>
  koreanPublicHolidays(year)
    .filter((holiday) => holiday.name.ko.startsWith("대체공휴일"))
    .map((holiday) => holiday.date);

describe("koreanPublicHolidays", () => {
  it("lists 2026 with Seollal, Chuseok and the substitute holidays", () => {
    const list = dates(koreanPublicHolidays(2026));
    expect(list).toEqual(expect.arrayContaining(["2026-02-16", "2026-02-17", "2026-02-18"]));
    expect(list).toEqual(expect.arrayContaining(["2026-09-24", "2026-09-25", "2026-09-26"]));
    expect(list).toContain("2026-06-03"); // local elections
    // 삼일절 (Sun), 부처님 오신 날 (Sun), 광복절 (Sat), 개천절 (Sat); Chuseok's Saturday earns none.
    expect(substitutes(2026)).toEqual(["2026-03-02", "2026-05-25", "2026-08-17", "2026-10-05"]);
  });

  it("applies each substitute rule", () => {
    // Children's Day on Buddha's Birthday → one substitute; 삼일절 on Saturday; Chuseok on Sunday.
    expect(substitutes(2025)).toEqual(["2025-03-03", "2025-05-06", "2025-10-08"]);
    // Seollal Sunday; weekend 광복절, 개천절, 한글날 (Sat), Christmas (Sat) — 현충일 on Sunday earns none.
    expect(substitutes(2027)).toEqual(["2027-02-09", "2027-08-16", "2027-10-04", "2027-10-11", "2027-12-27"]);
    // Chuseok overlapping 개천절; New Year's Day on Saturday earns none.
    expect(substitutes(2028)).toEqual(["2028-10-05"]);
    // Children's Day on Saturday, Buddha's Birthday and Chuseok on Sunday.
    expect(substitutes(2029)).toEqual(["2029-05-07", "2029-05-21", "2029-09-24"]);
    expect(substitutes(2030)).toEqual(["2030-02-05", "2030-05-06"]);
  });

  it("agrees with ICU's Korean lunar (dangi) calendar for every tabled lunar holiday", () => {
    const lunar = new Intl.DateTimeFormat("en-u-ca-dangi", {
      timeZone: "Asia/Seoul",
      month: "numeric",
      day: "numeric",
    });
    const expected: Record<string, string> = { 설날: "1/1", "부처님 오신 날": "4/8", 추석: "8/15" };
    for (let year = 2025; year <= 2030; year++) {
      const found = koreanPublicHolidays(year).filter((holiday) => holiday.name.ko in expected);
      expect(found).toHaveLength(3);
      for (const holiday of found) {
        expect(lunar.format(new Date(`${holiday.date}T12:00:00+09:00`))).toBe(expected[holiday.name.ko]);
      }
    }
  });

  it("refuses years without a lunar table", () => {
    expect(() => koreanPublicHolidays(2031)).toThrow(RangeError);
  });
});

describe("usFederalHolidays", () => {
  it("computes 2026 by rule, with Independence Day observed on Friday", () => {
    expect(dates(usFederalHolidays(2026))).toEqual([
      "2026-01-01",
      "2026-01-19",
      "2026-02-16",
      "2026-05-25",
      "2026-06-19",
      "2026-07-03",
      "2026-09-07",
      "2026-10-12",
      "2026-11-11",
      "2026-11-26",
      "2026-12-25",
    ]);
  });

  it("moves Saturday holidays to Friday and Sunday ones to Monday, across the year end", () => {
    const list2027 = dates(usFederalHolidays(2027));
    expect(list2027).toContain("2027-06-18"); // Juneteenth on Saturday
    expect(list2027).toContain("2027-07-05"); // Independence Day on Sunday
    expect(list2027).toContain("2027-12-24"); // Christmas on Saturday
    expect(list2027).toContain("2027-12-31"); // New Year's Day 2028 on Saturday
    expect(dates(usFederalHolidays(2028))).not.toContain("2028-01-01");
    expect(dates(usFederalHolidays(2028))).not.toContain("2027-12-31");
    expect(dates(usFederalHolidays(2028))).toContain("2028-11-23"); // Thanksgiving, 4th Thursday
    expect(dates(usFederalHolidays(2029))).toContain("2029-05-28"); // Memorial Day, last Monday
  });
});
