import { isFallback, type Locale, type LocalizedText } from "../../../contracts/common/locale-text.ts";
import { industryTaxonomy } from "../../../contracts/industries/taxonomy.ts";
import type { MessageKey } from "../../i18n/messages.ts";

/** Labels shared by the directory, the profiles and the zone and industry pages. Safe for the browser. */
export const otherLocale = (locale: Locale): Locale => (locale === "ko" ? "en" : "ko");

export const kindKey = (kind: string) => `org.kind.${kind}` as MessageKey;
export const stageKey = (stage: string) => `org.stage.${stage}` as MessageKey;
export const scopeKey = (scope: string) => `org.scope.${scope}` as MessageKey;

const industries = new Map(industryTaxonomy.map((industry) => [industry.code, industry]));

/** An industry code's name in the page's language (the code itself if the taxonomy does not know it). */
export function industryName(code: string, locale: Locale): string {
  return industries.get(code)?.name[locale] ?? code;
}

/** The `lang` attribute for a text shown in the other language than the page's (screen readers switch voice). */
export function langOf(text: LocalizedText | null | undefined, locale: Locale): Locale | undefined {
  return isFallback(text, locale) ? otherLocale(locale) : undefined;
}

/** Up to two letters for an avatar: "㈜한빛옵틱스" → "한빛", "Hanbit Optics" → "HO". */
export function initials(name: string): string {
  const clean = name.replace(/[㈜()（）]|주식회사|농업회사법인|\b(Co|Inc|Ltd|LLC|Corp)\b\.?/g, " ").trim();
  const words = clean.split(/[\s,.·-]+/).filter(Boolean);
  if (words.length === 0) return "?";
  const first = words[0]!;
  if (/^[\p{Script=Hangul}]/u.test(first)) return [...first].slice(0, 2).join("");
  const letters = words.slice(0, 2).map((word) => [...word][0]!.toUpperCase());
  return letters.join("");
}
