import type { Locale } from "../../../contracts/common/locale-text.ts";

/*
 * Admin pages show times in Korea Standard Time, the city's clock, in the page's language. Loaders format
 * them on the server so the hydrated page shows exactly the server's text (ICU versions of Node and of
 * browsers differ in spaces and punctuation, which would be a hydration mismatch).
 */
const formats = {
  ko: new Intl.DateTimeFormat("ko-KR", { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Seoul" }),
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Seoul" }),
};

/** A timestamp for a table cell: its ISO value for `<time dateTime>` and its text in the page language. */
export type Stamp = { iso: string; text: string };

export function stamp(iso: string, locale: Locale): Stamp;
export function stamp(iso: string | null, locale: Locale): Stamp | null;
export function stamp(iso: string | null, locale: Locale): Stamp | null {
  return iso ? { iso, text: formats[locale].format(new Date(iso)) } : null;
}

/** Today's date in Korea as YYYY-MM-DD, e.g. for a download's file name. */
export function koreanDate(now = new Date()): string {
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}
