/**
 * Language helpers without Zod, safe to ship to the browser (Zod probes `Function("")`,
 * which the strict CSP forbids, and it would only add weight to the bundle).
 */
export const locales = ["ko", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "ko";

export type LocalizedText = { ko?: string | undefined; en?: string | undefined };

export function isLocale(value: unknown): value is Locale {
  return value === "ko" || value === "en";
}

/** Picks the reader's language and falls back to the other one, so a Korean-only record still shows in English. */
export function pickText(text: LocalizedText | null | undefined, locale: Locale): string {
  if (!text) return "";
  return (locale === "en" ? (text.en ?? text.ko) : (text.ko ?? text.en)) ?? "";
}

/** True when the text shown to the reader is not in the reader's language. */
export function isFallback(text: LocalizedText | null | undefined, locale: Locale): boolean {
  return Boolean(text) && text?.[locale] === undefined;
}
