import { z } from "zod";

export { defaultLocale, isFallback, isLocale, type Locale, locales, pickText } from "./locale-text.ts";

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
