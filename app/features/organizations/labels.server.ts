import type { Locale } from "../../../contracts/common/locale-text.ts";
import type { OrganizationHit } from "../../../contracts/organizations/organization.ts";
import type { DayText, OrganizationCardData } from "./card-data.ts";

/*
 * Names and dates are written on the server: ICU data of Node and of browsers differ (country names,
 * spaces in dates), and the hydrated page must show exactly the server's text (decision 015).
 */
const regionNames = {
  ko: new Intl.DisplayNames(["ko"], { type: "region", fallback: "code" }),
  en: new Intl.DisplayNames(["en"], { type: "region", fallback: "code" }),
};

/** A country's name from its ISO 3166 code ("KR" → "대한민국" / "South Korea"). */
export function countryName(code: string, locale: Locale): string {
  try {
    return regionNames[locale].of(code) ?? code;
  } catch {
    return code;
  }
}

/** Names of several countries, keyed by code. */
export function countryNames(
  codes: Iterable<string | null | undefined>,
  locale: Locale,
): Record<string, string> {
  const names: Record<string, string> = {};
  for (const code of codes) if (code) names[code] = countryName(code, locale);
  return names;
}

const dateFormats = {
  ko: new Intl.DateTimeFormat("ko-KR", { dateStyle: "long", timeZone: "Asia/Seoul" }),
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Asia/Seoul" }),
};

export function dayText(iso: string, locale: Locale): DayText {
  return { iso, text: dateFormats[locale].format(new Date(iso)) };
}

export function cardOf(hit: OrganizationHit, locale: Locale): OrganizationCardData {
  return {
    id: hit.id,
    name: hit.name,
    kind: hit.kind,
    scope: hit.scope,
    industries: hit.industries,
    stage: hit.stage,
    city: hit.city,
    country: hit.country,
    countryName: hit.country ? countryName(hit.country, locale) : null,
    zone: hit.zone,
    summary: hit.summary,
    ...(hit.snippet ? { snippet: hit.snippet } : {}),
    logoUrl: hit.logoUrl,
    verified: hit.verifiedAt !== null,
  };
}
