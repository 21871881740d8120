import type { Locale } from "../../../contracts/common/locale-text.ts";
import type { SlaClockView } from "../../../contracts/support-requests/support-request.ts";

/*
 * Times of the support desk. Safe for the browser: loaders format every instant on the server (in Korea's
 * clock, the zone named) so the first paint is right without JavaScript; once the page runs, `LocalTime`
 * rewrites it in the reader's own zone. Due times also name the office's local time.
 */

/** An instant as the page shows it: ISO for `<time dateTime>` and the server's text. */
export type When = { iso: string; text: string };

const intl = { ko: "ko-KR", en: "en-GB" } as const;

/** The server's text: Korea's clock with the zone named, for readers without JavaScript. */
export function when(iso: string, locale: Locale): When;
export function when(iso: string | null, locale: Locale): When | null;
export function when(iso: string | null, locale: Locale): When | null {
  if (!iso) return null;
  return { iso, text: formatInstant(iso, locale, "Asia/Seoul", true) };
}

/** "11월 26일 오전 10:00" (the year only when it is not this year), in `timeZone` or the runtime's. */
export function formatInstant(
  iso: string,
  locale: Locale,
  timeZone: string | undefined,
  zoneName = false,
  now = new Date(),
): string {
  const date = new Date(iso);
  const sameYear =
    new Intl.DateTimeFormat("en", { year: "numeric", timeZone }).format(date) ===
    new Intl.DateTimeFormat("en", { year: "numeric", timeZone }).format(now);
  return new Intl.DateTimeFormat(intl[locale], {
    ...(sameYear ? {} : { year: "numeric" }),
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    ...(timeZone ? { timeZone } : {}),
    ...(zoneName ? { timeZoneName: "short" } : {}),
  }).format(date);
}

/** "Los Angeles" from "America/Los_Angeles": the office's place, named next to its local time. */
export function zonePlace(timeZone: string): string {
  return (timeZone.split("/").pop() ?? timeZone).replaceAll("_", " ");
}

/** The office's local time of an instant, 24-hour: "11월 25일 17:00". */
export function officeClock(iso: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(intl[locale], {
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).format(new Date(iso));
}

/** Business minutes as people say them: "3시간 20분", "3 h 20 min", "45분". */
export function duration(minutes: number, locale: Locale): string {
  const total = Math.abs(Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (locale === "ko") return hours > 0 ? `${hours}시간${rest ? ` ${rest}분` : ""}` : `${rest}분`;
  return hours > 0 ? `${hours} h${rest ? ` ${rest} min` : ""}` : `${rest} min`;
}

/** The default warning window of an office (business minutes before a due time). */
export const DEFAULT_WARN_MINUTES = 60;

/** How a clock reads for people: `at-risk` is a running clock due within the warning window. */
export type SlaTone = "on-track" | "at-risk" | "breached" | "paused" | "met" | "none";

export function toneOf(clock: SlaClockView, warnMinutes = DEFAULT_WARN_MINUTES): SlaTone {
  if (clock.state === "breached") return "breached";
  if (clock.state === "paused") return "paused";
  if (clock.state === "met") return "met";
  if (clock.state === "none") return "none";
  if (clock.remainingMinutes !== null && clock.remainingMinutes < 0) return "breached";
  if (clock.remainingMinutes !== null && clock.remainingMinutes <= warnMinutes) return "at-risk";
  return "on-track";
}

/**
 * The one clock a list shows a company: the first response until it is answered, then the resolution; a
 * breach of either stays visible.
 */
export function mainClock(sla: { firstResponse: SlaClockView; resolution: SlaClockView }): SlaClockView {
  const first = sla.firstResponse;
  if (sla.resolution.state === "breached") return sla.resolution;
  if (first.state === "running" || first.state === "paused" || first.state === "breached") return first;
  return sla.resolution;
}

/** A clock as a loader hands it to the page: the due time in Korea's clock and in the office's. */
export type ClockData = {
  clock: SlaClockView;
  due: (When & { office: string; place: string }) | null;
  stopped: When | null;
};

export function clockData(clock: SlaClockView, locale: Locale, officeTimeZone: string): ClockData {
  const due = when(clock.dueAt, locale);
  return {
    clock,
    due: due
      ? { ...due, office: officeClock(due.iso, locale, officeTimeZone), place: zonePlace(officeTimeZone) }
      : null,
    stopped: when(clock.stoppedAt, locale),
  };
}
