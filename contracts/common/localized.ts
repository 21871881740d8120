import { z } from "zod";

export const locales = ["ko", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "ko";

export function isLocale(value: unknown): value is Locale {
  return value === "ko" || value === "en";
}

/** Text that a person wrote in Korean, English or both: `{"ko": "…", "en": "…"}`. */
export const localizedText = z
  .object({
    ko: z.string().trim().min(1).max(20_000).optional(),
    en: z.string().trim().min(1).max(20_000).optional(),
  })
  .strict()
  .refine((text) => text.ko !== undefined || text.en !== undefined, {
    message: "needs at least one of ko or en",
  });
export type LocalizedText = z.infer<typeof localizedText>;

/** Picks the reader's language and falls back to the other one, so a Korean-only record still shows in English. */
export function pickText(text: LocalizedText | null | undefined, locale: Locale): string {
  if (!text) return "";
  return (locale === "en" ? (text.en ?? text.ko) : (text.ko ?? text.en)) ?? "";
}

/** True when the text shown to the reader is not in the reader's language. */
export function isFallback(text: LocalizedText | null | undefined, locale: Locale): boolean {
  return Boolean(text) && text?.[locale] === undefined;
}
