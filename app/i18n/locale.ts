import type { Locale } from "../../contracts/common/locale-text.ts";

/** The page language comes from the URL: `/en` and `/en/…` are English, everything else Korean. */
export function localeFromPath(pathname: string): Locale {
  return pathname === "/en" || pathname.startsWith("/en/") ? "en" : "ko";
}

/** The same page in the other language: `/x` ↔ `/en/x`. */
export function pathInLocale(pathname: string, locale: Locale): string {
  const bare = localeFromPath(pathname) === "en" ? pathname.slice(3) || "/" : pathname;
  if (locale === "ko") return bare;
  return bare === "/" ? "/en" : `/en${bare}`;
}

/** A link inside the current language: `href("/organizations", "en")` → `/en/organizations`. */
export function href(path: string, locale: Locale): string {
  return pathInLocale(path, locale);
}
