import type { SlaTarget } from "../../../contracts/offices/office.ts";
import type { SlaClockView } from "../../../contracts/support-requests/support-request.ts";
import type { SupportStatus } from "../../../contracts/support-requests/vocabulary.ts";
import { addBusinessMinutes, businessMinutesBetween } from "../../platform/business-hours/business-time.ts";
import type { BusinessCalendar } from "../../platform/business-hours/calendar.ts";

/**
 * SLA clocks of a request, in the office's business minutes. A due time is always
 * `createdAt + target + slaPausedMinutes` business minutes, so a priority change, a pause (waiting on the
 * company, or resolved until reopened) and a resume are all the same computation.
 */
export type Clocks = {
  status: SupportStatus;
  createdAt: Date;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  slaPausedAt: Date | null;
  slaPausedMinutes: number;
  firstRespondedAt: Date | null;
  firstResponseBreachedAt: Date | null;
  resolutionBreachedAt: Date | null;
  resolvedAt: Date | null;
};

type DueTimes = { firstResponseDueAt: Date; resolutionDueAt: Date };

/** The due times for a target, counting the minutes the clocks stood still. */
export function dueTimes(
  clocks: Pick<Clocks, "createdAt" | "slaPausedMinutes">,
  target: SlaTarget,
  calendar: BusinessCalendar,
): DueTimes {
  const due = (minutes: number) =>
    addBusinessMinutes(clocks.createdAt, minutes + clocks.slaPausedMinutes, calendar);
  return {
    firstResponseDueAt: due(target.firstResponseMinutes),
    resolutionDueAt: due(target.resolutionMinutes),
  };
}

/** Stops both clocks (waiting on the company, or resolved): nothing is due while paused. */
export function pause(clocks: Clocks, now: Date): Partial<Clocks> {
  return clocks.slaPausedAt ? {} : { slaPausedAt: now };
}

/** Starts them again: the business minutes of the pause push every due time back. */
export function resume(
  clocks: Clocks,
  target: SlaTarget,
  calendar: BusinessCalendar,
  now: Date,
): Partial<Clocks> {
  if (!clocks.slaPausedAt) return {};
  // Whole minutes, rounded up: rounding down would take back up to half a minute the company had waited.
  const slaPausedMinutes =
    clocks.slaPausedMinutes + Math.ceil(businessMinutesBetween(clocks.slaPausedAt, now, calendar));
  return {
    slaPausedAt: null,
    slaPausedMinutes,
    ...dueTimes({ ...clocks, slaPausedMinutes }, target, calendar),
  };
}

/** The first public reply of the office stops the first-response clock (and says how long it took). */
export function firstResponse(
  clocks: Clocks,
  calendar: BusinessCalendar,
  now: Date,
): { firstRespondedAt: Date; firstResponseMinutes: number } | Record<string, never> {
  if (clocks.firstRespondedAt) return {};
  // Answered while paused: the clock stood still since the pause began.
  const stoppedAt = clocks.slaPausedAt && clocks.slaPausedAt < now ? clocks.slaPausedAt : now;
  const elapsed = businessMinutesBetween(clocks.createdAt, stoppedAt, calendar) - clocks.slaPausedMinutes;
  return { firstRespondedAt: now, firstResponseMinutes: Math.max(0, Math.round(elapsed)) };
}

function signedRemaining(due: Date, now: Date, calendar: BusinessCalendar): number {
  return due > now
    ? Math.round(businessMinutesBetween(now, due, calendar))
    : -Math.round(businessMinutesBetween(due, now, calendar));
}

function clock(
  due: Date | null,
  stoppedAt: Date | null,
  breachedAt: Date | null,
  paused: boolean,
  calendar: BusinessCalendar,
  now: Date,
): SlaClockView {
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  if (!due) return { state: "none", dueAt: null, stoppedAt: iso(stoppedAt), remainingMinutes: null };
  if (stoppedAt) {
    const state = breachedAt !== null || stoppedAt > due ? "breached" : "met";
    return { state, dueAt: iso(due), stoppedAt: iso(stoppedAt), remainingMinutes: null };
  }
  const remainingMinutes = signedRemaining(due, now, calendar);
  // A paused clock's due time is stale (resuming pushes it back), so only a recorded breach counts then.
  if (breachedAt || (!paused && due <= now)) {
    return { state: "breached", dueAt: iso(due), stoppedAt: null, remainingMinutes };
  }
  if (paused) return { state: "paused", dueAt: null, stoppedAt: null, remainingMinutes: null };
  return { state: "running", dueAt: iso(due), stoppedAt: null, remainingMinutes };
}

/** What a person sees of the two clocks now. A resolved or closed request's resolution clock is stopped. */
export function clockViews(
  clocks: Clocks,
  calendar: BusinessCalendar,
  now: Date,
): { firstResponse: SlaClockView; resolution: SlaClockView } {
  const paused = clocks.slaPausedAt !== null;
  const done = clocks.status === "resolved" || clocks.status === "closed";
  return {
    firstResponse: clock(
      clocks.firstResponseDueAt,
      clocks.firstRespondedAt,
      clocks.firstResponseBreachedAt,
      paused,
      calendar,
      now,
    ),
    resolution: clock(
      clocks.resolutionDueAt,
      done ? clocks.resolvedAt : null,
      clocks.resolutionBreachedAt,
      paused,
      calendar,
      now,
    ),
  };
}
