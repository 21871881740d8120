import type { SlaTarget } from "../../../contracts/offices/office.ts";
import type { SupportStatus } from "../../../contracts/support-requests/vocabulary.ts";
import type { BusinessTimeline } from "./business-timeline.ts";

/** The span the synthetic cases cover, in days. */
export const spanDays = 548;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The instants of a case's life and its clocks' standing, as the workflow would have left them. */
export type CaseClocks = ReturnType<ReturnType<typeof caseLifecycle>>;

/**
 * Lays out a synthetic case's life in the office's business minutes, by status: open ones recent, resolved
 * ones inside the reopen window, closed ones over the whole span. `u` draws the case's next random number.
 */
export function caseLifecycle(setting: { now: Date; timeline: BusinessTimeline; reopenDays: number }) {
  const { now, timeline } = setting;
  const nowMs = now.getTime();

  /**
   * When a company sent a request `from`–`to` days ago: seven in ten during Korean office hours (the LA
   * office is closed then, so the clock starts the next LA morning), the rest at any hour.
   */
  function submitted(from: number, to: number, u: () => number): Date {
    const day = Math.floor((nowMs - (from + (to - from) * u()) * DAY) / DAY) * DAY;
    const inKoreanHours = u() < 0.7;
    let at = day + (inKoreanHours ? u() * 9 * HOUR : u() * DAY);
    if (at > nowMs - MINUTE) at -= DAY;
    return new Date(Math.round(at / 1000) * 1000);
  }

  /** When the company asked, when the office first replied, waited, resolved and closed: by status. */
  return function lifecycle(
    status: SupportStatus,
    target: SlaTarget,
    responseShare: number,
    resolutionShare: number,
    earlierWait: number,
    u: () => number,
  ) {
    const responseMinutes = target.firstResponseMinutes * responseShare;
    const workMinutes = target.resolutionMinutes * resolutionShare;
    const clocks = {
      createdAt: now,
      slaPausedMinutes: 0,
      slaPausedAt: null as Date | null,
      firstRespondedAt: null as Date | null,
      firstResponseMinutes: null as number | null,
      resolvedAt: null as Date | null,
      closedAt: null as Date | null,
      /** Some other activity (a status change) while open. */
      touchedAt: null as Date | null,
    };
    const respond = (minutes: number) => {
      const at = timeline.add(clocks.createdAt, minutes);
      if (at > now) return;
      clocks.firstRespondedAt = at;
      clocks.firstResponseMinutes = Math.round(minutes);
    };
    switch (status) {
      case "new":
        clocks.createdAt = submitted(0, 4, u);
        break;
      case "triaged":
        clocks.createdAt = submitted(0, 10, u);
        if (u() < 0.65) respond(responseMinutes);
        clocks.touchedAt = timeline.add(clocks.createdAt, Math.min(responseMinutes, 60));
        if (clocks.touchedAt > now) clocks.touchedAt = null;
        break;
      case "in-progress": {
        clocks.createdAt = submitted(1, 25, u);
        respond(responseMinutes);
        if (clocks.firstRespondedAt) {
          const since = timeline.between(clocks.firstRespondedAt, now);
          clocks.slaPausedMinutes = Math.round(Math.min(earlierWait, since * 0.7));
          clocks.touchedAt = timeline.add(clocks.firstRespondedAt, since * u());
        }
        break;
      }
      case "waiting-on-company": {
        // Laid out backwards from the moment the office asked the company for something.
        const pausedAt = timeline.subtract(now, 10 + u() * 5 * 540);
        const before = Math.max(responseMinutes + 30, workMinutes * 0.6);
        clocks.createdAt = timeline.subtract(pausedAt, before);
        respond(responseMinutes);
        clocks.slaPausedAt = pausedAt;
        break;
      }
      case "resolved":
      case "closed": {
        let wait = earlierWait;
        let work = Math.max(workMinutes, responseMinutes + 30) + wait;
        if (status === "resolved") {
          // Still inside the reopen window: 7 business days back are at most 13 calendar days, even
          // over two weekends and two holidays.
          const resolvedAt = timeline.subtract(now, 30 + u() * 7 * 540);
          clocks.createdAt = timeline.subtract(resolvedAt, work);
          clocks.resolvedAt = resolvedAt;
        } else {
          clocks.createdAt = submitted(15, spanDays, u);
          // Recent ones were worked faster: resolved by an hour ago at the latest.
          const available = timeline.between(clocks.createdAt, new Date(nowMs - HOUR)) * 0.9;
          if (work > available) {
            wait = Math.round((wait * available) / work);
            work = available;
          }
          clocks.resolvedAt = timeline.add(clocks.createdAt, work);
          // Most close by themselves when the reopen window ends; some companies close them sooner.
          const window = setting.reopenDays * DAY;
          const left = nowMs - MINUTE - clocks.resolvedAt.getTime();
          const after =
            u() < 0.85 && window + MINUTE <= left
              ? window + MINUTE
              : (0.02 + u() * 0.98) * Math.min(window, left);
          clocks.closedAt = new Date(clocks.resolvedAt.getTime() + after);
        }
        clocks.slaPausedMinutes = wait;
        respond(Math.min(responseMinutes, (work - wait) * 0.5));
        clocks.slaPausedAt = clocks.resolvedAt;
        break;
      }
    }
    return clocks;
  };
}
