import type { Locale } from "../../../contracts/common/locale-text.ts";
import { type MessageKey, translate } from "../../i18n/messages.ts";

/* Labels of the office pages. Safe for the browser: no server code, no Zod. */

/** Weekdays as people in Korea and the US read a week: Monday first (the data is Sunday first). */
export const mondayFirst = [1, 2, 3, 4, 5, 6, 0] as const;

export const weekdayKey = (weekday: number) => `offices.weekday.${weekday}` as MessageKey;
export const dayKey = (weekday: number) => `offices.day.${weekday}` as MessageKey;

/** One line of a week's hours: "월–금" and "09:00–18:00". */
export type HoursLine = { days: string; hours: string };

export const rangeText = (start: string, end: string) => `${start}–${end}`;

/** Business minutes as people say them: "1시간 30분" / "1 h 30 min". */
export function durationText(minutes: number, locale: Locale): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [
    ...(hours > 0 ? [translate(locale, "offices.duration.hours", { hours })] : []),
    ...(rest > 0 || hours === 0 ? [translate(locale, "offices.duration.minutes", { minutes: rest })] : []),
  ];
  return parts.join(" ");
}
