import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SlaTarget, WeekHours } from "../../../contracts/offices/office.ts";
import {
  addBusinessMinutes,
  businessMinutesBetween,
  isOpenAt,
} from "../../platform/business-hours/business-time.ts";
import type { BusinessCalendar } from "../../platform/business-hours/calendar.ts";
import { parseWallTime } from "../../platform/business-hours/calendar.ts";
import { fromZoned, isoDate, toZoned, weekdayOf } from "../../platform/business-hours/zoned.ts";
import { officeCalendar } from "../offices/offices.service.ts";
import { type Clocks, clockViews, dueTimes, firstResponse, pause, resume } from "./sla.ts";

const LA = "America/Los_Angeles";
const SEOUL = "Asia/Seoul";
const nineToSix = { start: "09:00", end: "18:00" };
const weekdays: WeekHours = [null, nineToSix, nineToSix, nineToSix, nineToSix, nineToSix, null];

/** The calendars the offices' own code builds: the LA desk (US holidays) and a Seoul desk (Korean holidays). */
const laDesk = officeCalendar(
  { id: "la", timeZone: LA, hours: weekdays, holidayCalendars: ["us"], holidays: [], updatedAt: "t" },
  new Date("2026-01-01T00:00:00Z"),
);
const seoulDesk = officeCalendar(
  { id: "seoul", timeZone: SEOUL, hours: weekdays, holidayCalendars: ["kr"], holidays: [], updatedAt: "t" },
  new Date("2026-01-01T00:00:00Z"),
);

const la = (month: number, day: number, hour: number, minute = 0, year = 2025) =>
  fromZoned({ year, month, day, hour, minute }, LA);
const seoul = (month: number, day: number, hour: number, minute = 0, year = 2025) =>
  fromZoned({ year, month, day, hour, minute }, SEOUL);

const target: SlaTarget = { firstResponseMinutes: 120, resolutionMinutes: 2 * 540 };

function clocksAt(createdAt: Date, calendar: BusinessCalendar, set: Partial<Clocks> = {}): Clocks {
  const base: Clocks = {
    status: "new",
    createdAt,
    firstResponseDueAt: null,
    resolutionDueAt: null,
    slaPausedAt: null,
    slaPausedMinutes: 0,
    firstRespondedAt: null,
    firstResponseBreachedAt: null,
    resolutionBreachedAt: null,
    resolvedAt: null,
    ...set,
  };
  return { ...base, ...dueTimes(base, target, calendar), ...set };
}

/** Independent of the library's intervals: is this wall-clock reading within the calendar's hours? */
function insideByWallClock(at: Date, cal: BusinessCalendar): boolean {
  const wall = toZoned(at, cal.timeZone);
  const hours = cal.hours[weekdayOf(wall)];
  if (!hours || cal.holidays.includes(isoDate(wall))) return false;
  const clock = wall.hour * 60 + wall.minute + wall.second / 60;
  return parseWallTime(hours.start) <= clock && clock < parseWallTime(hours.end);
}

/** Inside business hours, or exactly at a closing time (the last business minute has just ended there). */
const withinBusinessHours = (at: Date, cal: BusinessCalendar) =>
  insideByWallClock(at, cal) || insideByWallClock(new Date(at.getTime() - 1), cal);

/** Business minutes left until `due` at `now`, negative once past (as the clock views count). */
const remaining = (now: Date, due: Date, cal: BusinessCalendar) =>
  due > now ? businessMinutesBetween(now, due, cal) : -businessMinutesBetween(due, now, cal);

describe("SLA clocks", () => {
  it("puts due times in the LA desk's business hours across the spring-forward weekend", () => {
    // Friday 17:00 PST + 120 business minutes = Monday 10:00 PDT (17:00Z, not 18:00Z).
    const due = dueTimes({ createdAt: la(3, 7, 17), slaPausedMinutes: 0 }, target, laDesk);
    expect(due.firstResponseDueAt.toISOString()).toBe("2025-03-10T17:00:00.000Z");
    // Two business days: Tuesday 17:00 PDT.
    expect(due.resolutionDueAt.toISOString()).toBe(la(3, 11, 17).toISOString());
    // Paused minutes push both back: 60 more is Monday 11:00.
    const later = dueTimes({ createdAt: la(3, 7, 17), slaPausedMinutes: 60 }, target, laDesk);
    expect(later.firstResponseDueAt.toISOString()).toBe(la(3, 10, 11).toISOString());
  });

  it("skips US holidays in Los Angeles and Chuseok 2025 with its substitute day in Seoul", () => {
    // Thanksgiving 2025 is Thursday Nov 27: a Wednesday 17:00 request is due Friday 10:00.
    const thanksgiving = dueTimes({ createdAt: la(11, 26, 17), slaPausedMinutes: 0 }, target, laDesk);
    expect(thanksgiving.firstResponseDueAt.toISOString()).toBe(la(11, 28, 10).toISOString());
    // Thursday Oct 2 17:00 in Seoul: Oct 3 (개천절), 5–7 (추석), 8 (substitute), 9 (한글날) closed → Friday Oct 10.
    const chuseok = dueTimes({ createdAt: seoul(10, 2, 17), slaPausedMinutes: 0 }, target, seoulDesk);
    expect(chuseok.firstResponseDueAt.toISOString()).toBe(seoul(10, 10, 10).toISOString());
    // The same request in the LA desk's calendar (no Korean holidays) is due the next day.
    const inLa = dueTimes({ createdAt: la(10, 2, 17), slaPausedMinutes: 0 }, target, laDesk);
    expect(inLa.firstResponseDueAt.toISOString()).toBe(la(10, 3, 10).toISOString());
  });

  it("pauses once and resumes by pushing the due times back by the business minutes paused", () => {
    const clocks = clocksAt(la(3, 3, 9), laDesk);
    expect(clocks.firstResponseDueAt?.toISOString()).toBe(la(3, 3, 11).toISOString());
    const paused = { ...clocks, ...pause(clocks, la(3, 3, 10)) };
    expect(paused.slaPausedAt?.toISOString()).toBe(la(3, 3, 10).toISOString());
    // Pausing again keeps the first instant.
    expect(pause(paused, la(3, 3, 12))).toEqual({});
    // Resumed next day 10:00: 8 h that day + 1 h the next = 540 minutes.
    const resumed = { ...paused, ...resume(paused, target, laDesk, la(3, 4, 10)) };
    expect(resumed.slaPausedAt).toBeNull();
    expect(resumed.slaPausedMinutes).toBe(540);
    expect(resumed.firstResponseDueAt?.toISOString()).toBe(la(3, 4, 11).toISOString());
    expect(resume(resumed, target, laDesk, la(3, 5, 10))).toEqual({});
  });

  it("rounds a pause of part of a minute up, never down", () => {
    const clocks = clocksAt(la(3, 3, 9), laDesk);
    const paused = { ...clocks, ...pause(clocks, la(3, 3, 10)) };
    const resumed = resume(paused, target, laDesk, new Date(la(3, 3, 10).getTime() + 20_000));
    expect(resumed.slaPausedMinutes).toBe(1);
  });

  it("measures the first response in business minutes without the time paused", () => {
    const clocks = clocksAt(la(3, 7, 17), laDesk, { slaPausedMinutes: 30 });
    // Friday 17:00 → Monday 10:00 is 120 business minutes, 30 of them paused.
    expect(firstResponse(clocks, laDesk, la(3, 10, 10))).toEqual({
      firstRespondedAt: la(3, 10, 10),
      firstResponseMinutes: 90,
    });
    expect(firstResponse({ ...clocks, firstRespondedAt: la(3, 10, 9) }, laDesk, la(3, 10, 10))).toEqual({});
    // Answered while paused (sent back to the company at 10:00 Monday, reply at 12:00): counts to the pause.
    const paused = { ...clocks, slaPausedAt: la(3, 10, 10) };
    expect(firstResponse(paused, laDesk, la(3, 10, 12))).toMatchObject({ firstResponseMinutes: 90 });
  });

  it("shows each clock's state: running, paused, breached, met, none", () => {
    const clocks = clocksAt(la(3, 3, 9), laDesk);
    const running = clockViews(clocks, laDesk, la(3, 3, 10));
    expect(running.firstResponse).toEqual({
      state: "running",
      dueAt: la(3, 3, 11).toISOString(),
      stoppedAt: null,
      remainingMinutes: 60,
    });
    expect(running.resolution.remainingMinutes).toBe(1020);

    const late = clockViews(clocks, laDesk, la(3, 3, 12));
    expect(late.firstResponse).toMatchObject({ state: "breached", remainingMinutes: -60 });

    const paused = clockViews({ ...clocks, slaPausedAt: la(3, 3, 10) }, laDesk, la(3, 3, 12));
    expect(paused.firstResponse).toEqual({
      state: "paused",
      dueAt: null,
      stoppedAt: null,
      remainingMinutes: null,
    });
    // A recorded breach stays one while paused.
    const breachedPaused = clockViews(
      { ...clocks, slaPausedAt: la(3, 3, 12), firstResponseBreachedAt: la(3, 3, 11) },
      laDesk,
      la(3, 3, 13),
    );
    expect(breachedPaused.firstResponse.state).toBe("breached");

    const answered = clockViews({ ...clocks, firstRespondedAt: la(3, 3, 10, 30) }, laDesk, la(3, 3, 12));
    expect(answered.firstResponse).toMatchObject({ state: "met", stoppedAt: la(3, 3, 10, 30).toISOString() });
    const answeredLate = clockViews({ ...clocks, firstRespondedAt: la(3, 3, 11, 30) }, laDesk, la(3, 3, 12));
    expect(answeredLate.firstResponse.state).toBe("breached");

    const resolved = clockViews(
      { ...clocks, status: "resolved", resolvedAt: la(3, 4, 9), slaPausedAt: la(3, 4, 9) },
      laDesk,
      la(3, 20, 9),
    );
    expect(resolved.resolution).toMatchObject({ state: "met", stoppedAt: la(3, 4, 9).toISOString() });

    const none = clockViews(
      { ...clocks, firstResponseDueAt: null, resolutionDueAt: null },
      laDesk,
      la(3, 3, 10),
    );
    expect(none.firstResponse.state).toBe("none");
    expect(none.resolution.state).toBe("none");
  });
});

// Around each DST change of 2025/2026 in Los Angeles, around Chuseok 2025, and anywhere in 2025–2026.
const DAY = 86_400_000;
const anchors = ["2025-03-09", "2025-11-02", "2026-03-08", "2026-11-01", "2025-10-05"].map((d) =>
  Date.parse(`${d}T12:00:00Z`),
);
const instant = fc.oneof(
  fc
    .tuple(fc.constantFrom(...anchors), fc.integer({ min: -5 * DAY, max: 5 * DAY }))
    .map(([base, shift]) => new Date(base + shift)),
  fc.integer({ min: Date.UTC(2025, 0, 2), max: Date.UTC(2026, 11, 20) }).map((ms) => new Date(ms)),
);
const calendar = fc.constantFrom(laDesk, seoulDesk);
const targets = fc.record({
  firstResponseMinutes: fc.integer({ min: 1, max: 3_000 }),
  resolutionMinutes: fc.integer({ min: 1, max: 10_000 }),
});
/** A span of real time after an instant: seconds to a week and a half. */
const span = fc.integer({ min: 0, max: 10 * DAY });

function created(at: Date, slaTarget: SlaTarget, cal: BusinessCalendar, slaPausedMinutes = 0): Clocks {
  const base = clocksAt(at, cal, { slaPausedMinutes });
  return { ...base, ...dueTimes(base, slaTarget, cal) };
}

describe("SLA properties (LA desk and Seoul desk, DST changes and Korean holidays)", () => {
  it("puts every due time inside business hours", () => {
    fc.assert(
      fc.property(instant, targets, fc.nat(3_000), calendar, (at, slaTarget, pausedMinutes, cal) => {
        const due = dueTimes({ createdAt: at, slaPausedMinutes: pausedMinutes }, slaTarget, cal);
        expect(withinBusinessHours(due.firstResponseDueAt, cal)).toBe(true);
        expect(withinBusinessHours(due.resolutionDueAt, cal)).toBe(true);
      }),
    );
  });

  it("counts target + paused business minutes between creation and each due time", () => {
    fc.assert(
      fc.property(instant, targets, fc.nat(3_000), calendar, (at, slaTarget, pausedMinutes, cal) => {
        const due = dueTimes({ createdAt: at, slaPausedMinutes: pausedMinutes }, slaTarget, cal);
        expect(businessMinutesBetween(at, due.firstResponseDueAt, cal)).toBe(
          slaTarget.firstResponseMinutes + pausedMinutes,
        );
        expect(businessMinutesBetween(at, due.resolutionDueAt, cal)).toBe(
          slaTarget.resolutionMinutes + pausedMinutes,
        );
      }),
    );
  });

  it("never shortens the business time left by pausing and resuming", () => {
    fc.assert(
      fc.property(instant, targets, span, span, calendar, (at, slaTarget, before, length, cal) => {
        const clocks = created(at, slaTarget, cal);
        const pausedAt = new Date(at.getTime() + before);
        const resumedAt = new Date(pausedAt.getTime() + length);
        const paused = { ...clocks, ...pause(clocks, pausedAt) };
        const resumed = { ...paused, ...resume(paused, slaTarget, cal, resumedAt) };
        for (const key of ["firstResponseDueAt", "resolutionDueAt"] as const) {
          const left = remaining(pausedAt, clocks[key]!, cal);
          const leftAfter = remaining(resumedAt, resumed[key]!, cal);
          expect(leftAfter).toBeGreaterThanOrEqual(left - 1e-9);
          // … and lengthens it by less than the minute the pause is rounded up to.
          expect(leftAfter).toBeLessThan(left + 1);
          expect(resumed[key]!.getTime()).toBeGreaterThanOrEqual(clocks[key]!.getTime());
        }
      }),
    );
  });

  it("changes nothing for a pause entirely outside business hours", () => {
    fc.assert(
      fc.property(
        instant,
        targets,
        instant,
        fc.double({ min: 0, max: 1, noNaN: true }),
        calendar,
        (at, slaTarget, pausedAt, fraction, cal) => {
          fc.pre(!isOpenAt(pausedAt, cal));
          // The next opening: one business minute later, less that minute.
          const opening = addBusinessMinutes(pausedAt, 1, cal).getTime() - 60_000;
          const resumedAt = new Date(
            pausedAt.getTime() + Math.floor(fraction * (opening - pausedAt.getTime())),
          );
          const clocks = created(at, slaTarget, cal, 15);
          const paused = { ...clocks, ...pause(clocks, pausedAt) };
          const resumed = { ...paused, ...resume(paused, slaTarget, cal, resumedAt) };
          expect(resumed.slaPausedMinutes).toBe(15);
          expect(resumed.firstResponseDueAt).toEqual(clocks.firstResponseDueAt);
          expect(resumed.resolutionDueAt).toEqual(clocks.resolutionDueAt);
        },
      ),
    );
  });

  it("keeps due = creation + target + paused minutes through any sequence of pauses", () => {
    fc.assert(
      fc.property(
        instant,
        targets,
        fc.array(fc.tuple(span, span), { minLength: 1, maxLength: 5 }),
        calendar,
        (at, slaTarget, pauses, cal) => {
          let clocks = created(at, slaTarget, cal);
          let now = at.getTime();
          let pausedBusiness = 0;
          for (const [gap, length] of pauses) {
            const pausedAt = new Date(now + Math.floor(gap / 5));
            const resumedAt = new Date(pausedAt.getTime() + Math.floor(length / 5));
            now = resumedAt.getTime();
            pausedBusiness += businessMinutesBetween(pausedAt, resumedAt, cal);
            clocks = { ...clocks, ...pause(clocks, pausedAt) };
            clocks = { ...clocks, ...resume(clocks, slaTarget, cal, resumedAt) };
          }
          const { slaPausedMinutes } = clocks;
          expect(Number.isInteger(slaPausedMinutes)).toBe(true);
          expect(slaPausedMinutes).toBeGreaterThanOrEqual(pausedBusiness - 1e-9);
          expect(slaPausedMinutes).toBeLessThan(pausedBusiness + pauses.length);
          expect(businessMinutesBetween(at, clocks.firstResponseDueAt!, cal)).toBe(
            slaTarget.firstResponseMinutes + slaPausedMinutes,
          );
          expect(businessMinutesBetween(at, clocks.resolutionDueAt!, cal)).toBe(
            slaTarget.resolutionMinutes + slaPausedMinutes,
          );
          expect(withinBusinessHours(clocks.resolutionDueAt!, cal)).toBe(true);
        },
      ),
    );
  });

  it("reports first-response minutes that never count a pause", () => {
    fc.assert(
      fc.property(
        instant,
        targets,
        span,
        span,
        span,
        calendar,
        (at, slaTarget, before, length, after, cal) => {
          const clocks = created(at, slaTarget, cal);
          const pausedAt = new Date(at.getTime() + before);
          const resumedAt = new Date(pausedAt.getTime() + length);
          const answeredAt = new Date(resumedAt.getTime() + after);
          let later = { ...clocks, ...pause(clocks, pausedAt) };
          later = { ...later, ...resume(later, slaTarget, cal, resumedAt) };
          const answer = firstResponse(later, cal, answeredAt);
          const worked =
            businessMinutesBetween(at, pausedAt, cal) + businessMinutesBetween(resumedAt, answeredAt, cal);
          expect(answer.firstResponseMinutes).toBeGreaterThanOrEqual(0);
          // Whole minutes: the pause is rounded up to a minute, the answer to the nearest one.
          expect(Math.abs(answer.firstResponseMinutes! - worked)).toBeLessThanOrEqual(1.5);
        },
      ),
    );
  });
});
