import { addDays, type CivilDate, isoDate, weekdayOf } from "./zoned.ts";

/** A day off: ISO date in the country's zone and its name, Korean first. */
export type Holiday = { readonly date: string; readonly name: { readonly ko: string; readonly en: string } };

/** The ISO dates of a holiday list, ready for `BusinessCalendar.holidays`. */
export function holidayDates(holidays: readonly Holiday[]): string[] {
  return holidays.map((holiday) => holiday.date);
}

// Lunar holidays (Seollal = lunar 1/1, Buddha's Birthday = lunar 4/8, Chuseok = lunar 8/15) as Gregorian
// dates in Korea. Source: 한국천문연구원(KASI) 월력요항 published in 관보 for each year (천문법 제12조).
// holidays.test.ts cross-checks every row against ICU's Korean
// (dangi) calendar, which follows KASI (note 2027 and 2028, where Seollal is a day later than in China).
const LUNAR: Readonly<Record<number, { seollal: string; buddha: string; chuseok: string }>> = {
  2025: { seollal: "2025-01-29", buddha: "2025-05-05", chuseok: "2025-10-06" },
  2026: { seollal: "2026-02-17", buddha: "2026-05-24", chuseok: "2026-09-25" },
  2027: { seollal: "2027-02-07", buddha: "2027-05-13", chuseok: "2027-09-15" },
  2028: { seollal: "2028-01-27", buddha: "2028-05-02", chuseok: "2028-10-03" },
  2029: { seollal: "2029-02-13", buddha: "2029-05-20", chuseok: "2029-09-22" },
  2030: { seollal: "2030-02-03", buddha: "2030-05-09", chuseok: "2030-09-12" },
};

// Days off designated one at a time rather than by calendar: election days (관공서의 공휴일에 관한 규정
// 제2조제10호; dates from 공직선거법 제34조 and the 중앙선거관리위원회) and 임시공휴일 announced in 관보.
// Not yet known when written: the 2030 presidential election day and any later 임시공휴일 — add them here.
const DESIGNATED: readonly Holiday[] = [
  { date: "2025-01-27", name: { ko: "임시공휴일", en: "Temporary public holiday" } },
  { date: "2025-06-03", name: { ko: "제21대 대통령 선거일", en: "Presidential election day" } },
  { date: "2026-06-03", name: { ko: "제9회 전국동시지방선거일", en: "Local elections day" } },
  { date: "2028-04-12", name: { ko: "제23대 국회의원 선거일", en: "National Assembly election day" } },
  { date: "2030-06-05", name: { ko: "제10회 전국동시지방선거일", en: "Local elections day" } },
];

/** Which days make a holiday earn a 대체공휴일 (관공서의 공휴일에 관한 규정 제3조, as amended 2023). */
type SubstituteRule = "none" | "weekend" | "childrens-day" | "lunar-block";

type Base = { date: string; name: Holiday["name"]; rule: SubstituteRule; block?: string };

function parse(iso: string): CivilDate {
  const [year, month, day] = iso.split("-").map(Number);
  return { year: year!, month: month!, day: day! };
}

function lunarBlock(center: string, ko: string, en: string): Base[] {
  const day = parse(center);
  return [
    {
      date: isoDate(addDays(day, -1)),
      name: { ko: `${ko} 전날`, en: `Day before ${en}` },
      rule: "lunar-block",
      block: ko,
    },
    { date: center, name: { ko, en }, rule: "lunar-block", block: ko },
    {
      date: isoDate(addDays(day, 1)),
      name: { ko: `${ko} 다음 날`, en: `Day after ${en}` },
      rule: "lunar-block",
      block: ko,
    },
  ];
}

/**
 * Korean public holidays (관공서의 공휴일에 관한 규정) of a year from 2025 to 2030, with 대체공휴일, sorted.
 * Sundays themselves are not listed. Throws RangeError for years without a checked-in lunar table.
 */
export function koreanPublicHolidays(year: number): Holiday[] {
  const lunar = LUNAR[year];
  if (!lunar) throw new RangeError(`Korean lunar holidays are only tabled for 2025–2030, not ${year}`);
  const fixed = (md: string, ko: string, en: string, rule: SubstituteRule): Base => ({
    date: `${year}-${md}`,
    name: { ko, en },
    rule,
  });
  const bases: Base[] = [
    fixed("01-01", "신정", "New Year's Day", "none"),
    ...lunarBlock(lunar.seollal, "설날", "Seollal"),
    fixed("03-01", "삼일절", "Independence Movement Day", "weekend"),
    fixed("05-05", "어린이날", "Children's Day", "childrens-day"),
    { date: lunar.buddha, name: { ko: "부처님 오신 날", en: "Buddha's Birthday" }, rule: "weekend" },
    fixed("06-06", "현충일", "Memorial Day", "none"),
    fixed("08-15", "광복절", "Liberation Day", "weekend"),
    ...lunarBlock(lunar.chuseok, "추석", "Chuseok"),
    fixed("10-03", "개천절", "National Foundation Day", "weekend"),
    fixed("10-09", "한글날", "Hangul Day", "weekend"),
    fixed("12-25", "기독탄신일", "Christmas Day", "weekend"),
  ];
  const designated = DESIGNATED.filter((holiday) => holiday.date.startsWith(`${year}-`));
  const taken = new Set([...bases, ...designated].map((base) => base.date));
  const substitutes: Holiday[] = [];

  // Each qualifying day earns one substitute: the first following day that is neither a Saturday, a Sunday
  // nor already a holiday (substitutes included, 제3조제3항). Blocks count their days from the block's end.
  const grant = (after: string, name: Holiday["name"]) => {
    let day = addDays(parse(after), 1);
    while (weekdayOf(day) === 0 || weekdayOf(day) === 6 || taken.has(isoDate(day))) day = addDays(day, 1);
    taken.add(isoDate(day));
    substitutes.push({
      date: isoDate(day),
      name: { ko: `대체공휴일(${name.ko})`, en: `Substitute holiday (${name.en})` },
    });
  };
  const overlapsOther = (base: Base) =>
    bases.some((other) => other !== base && other.date === base.date) ||
    designated.some((other) => other.date === base.date);

  for (const base of bases) {
    const weekday = weekdayOf(parse(base.date));
    const qualifies =
      base.rule === "weekend"
        ? weekday === 0 || weekday === 6
        : base.rule === "childrens-day"
          ? weekday === 0 || weekday === 6 || overlapsOther(base)
          : base.rule === "lunar-block"
            ? // 설날·추석 연휴: Sunday or another holiday, but not Saturday (제3조제1항).
              weekday === 0 || overlapsOther(base)
            : false;
    if (!qualifies) continue;
    const blockEnd = base.block
      ? bases.filter((other) => other.block === base.block).at(-1)!.date
      : base.date;
    grant(
      blockEnd,
      base.rule === "lunar-block"
        ? { ko: base.block!, en: base.block === "설날" ? "Seollal" : "Chuseok" }
        : base.name,
    );
  }
  return [...bases.map(({ date, name }) => ({ date, name })), ...designated, ...substitutes].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
}

function nthWeekday(year: number, month: number, weekday: number, n: number): CivilDate {
  const first = weekdayOf({ year, month, day: 1 });
  return { year, month, day: 1 + ((weekday - first + 7) % 7) + (n - 1) * 7 };
}

function lastWeekday(year: number, month: number, weekday: number): CivilDate {
  const last = addDays(
    { year: month === 12 ? year + 1 : year, month: month === 12 ? 1 : month + 1, day: 1 },
    -1,
  );
  return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
}

function federalRules(year: number): Holiday[] {
  const on = (date: CivilDate, en: string, ko: string): Holiday => ({
    date: isoDate(date),
    name: { ko, en },
  });
  const fixed = (month: number, day: number, en: string, ko: string): Holiday => {
    // 5 U.S.C. 6103 / Executive Order 11582: Saturday → Friday before, Sunday → Monday after.
    const date = { year, month, day };
    const weekday = weekdayOf(date);
    const shift = weekday === 6 ? -1 : weekday === 0 ? 1 : 0;
    return shift === 0 ? on(date, en, ko) : on(addDays(date, shift), `${en} (observed)`, `${ko} (대체)`);
  };
  return [
    fixed(1, 1, "New Year's Day", "신년"),
    on(nthWeekday(year, 1, 1, 3), "Birthday of Martin Luther King, Jr.", "마틴 루서 킹 주니어 기념일"),
    on(nthWeekday(year, 2, 1, 3), "Washington's Birthday", "대통령의 날"),
    on(lastWeekday(year, 5, 1), "Memorial Day", "현충일"),
    ...(year >= 2021 ? [fixed(6, 19, "Juneteenth National Independence Day", "노예 해방 기념일")] : []),
    fixed(7, 4, "Independence Day", "독립기념일"),
    on(nthWeekday(year, 9, 1, 1), "Labor Day", "노동절"),
    on(nthWeekday(year, 10, 1, 2), "Columbus Day", "콜럼버스의 날"),
    fixed(11, 11, "Veterans Day", "재향군인의 날"),
    on(nthWeekday(year, 11, 4, 4), "Thanksgiving Day", "추수감사절"),
    fixed(12, 25, "Christmas Day", "성탄절"),
  ];
}

/**
 * U.S. federal holidays (5 U.S.C. 6103) as observed days off falling in `year`, sorted.
 * When January 1 of the next year is a Saturday, its observed day (December 31) belongs to this year.
 */
export function usFederalHolidays(year: number): Holiday[] {
  return [...federalRules(year), ...federalRules(year + 1)]
    .filter((holiday) => holiday.date.startsWith(`${year}-`))
    .sort((a, b) => a.date.localeCompare(b.date));
}
