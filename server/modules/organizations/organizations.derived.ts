import type { LocalizedText } from "../../../contracts/common/localized.ts";
import { documentConcepts, documentVector, searchNames } from "../../platform/search/document.ts";
import { normalizeText } from "../../platform/search/text.ts";

/** The fields of an organization that its search and duplicate columns are computed from. */
export type DerivedFrom = {
  name: LocalizedText;
  summary?: LocalizedText | null | undefined;
  description?: LocalizedText | null | undefined;
  seeking?: LocalizedText | null | undefined;
  offering?: LocalizedText | null | undefined;
  tags?: readonly string[] | null | undefined;
  industries?: readonly string[] | null | undefined;
  website?: string | null | undefined;
  city?: string | null | undefined;
  kind?: string | null | undefined;
  country?: string | null | undefined;
};

const countryNames = {
  ko: new Intl.DisplayNames(["ko"], { type: "region" }),
  en: new Intl.DisplayNames(["en"], { type: "region" }),
};

/** "미국 United States" for US: so 미국 바이어 finds US buyers whose text never names the country. */
function countryText(code: string | null | undefined): string | undefined {
  if (!code) return undefined;
  try {
    return `${countryNames.ko.of(code) ?? ""} ${countryNames.en.of(code) ?? ""}`;
  } catch {
    return undefined;
  }
}

/**
 * Columns the application keeps in step with the public fields on every write (import, edit, merge):
 * the sort key, the search lexemes, the names for typo matching, the concepts matching compares, and the
 * keys duplicates are found by.
 */
export function derivedColumns(record: DerivedFrom) {
  const both = (text: LocalizedText | null | undefined) => [text?.ko, text?.en].filter(Boolean).join("\n");
  return {
    sortName: (record.name.ko ?? record.name.en ?? "").toLowerCase(),
    searchTokens: documentVector(
      [
        { text: both(record.name), weight: "A" },
        { text: (record.tags ?? []).join(" "), weight: "B" },
        { text: both(record.summary), weight: "B" },
        { text: both(record.offering), weight: "C" },
        { text: both(record.seeking), weight: "C" },
        { text: both(record.description), weight: "D" },
        { text: record.city, weight: "D" },
        // The kind ("buyer", "research institute") and country are words the dictionary knows in both languages.
        { text: record.kind?.replace(/-/g, " "), weight: "D" },
        { text: countryText(record.country), weight: "D" },
      ],
      record.industries ?? [],
    ),
    searchNames: searchNames(record.name),
    offerConcepts: documentConcepts(
      [
        both(record.name),
        (record.tags ?? []).join(" "),
        both(record.summary),
        both(record.offering),
        both(record.description),
      ],
      record.industries ?? [],
    ),
    seekConcepts: documentConcepts([both(record.seeking)]),
    nameKeys: nameKeys(record.name),
    domain: domainOf(record.website),
  };
}

const LEGAL_FORMS =
  /\(주\)|\(유\)|\(재\)|\(사\)|주식회사|유한회사|유한책임회사|재단법인|사단법인|\b(co|corp|corporation|inc|incorporated|ltd|limited|llc|gmbh|company|plc|pte)\b\.?/g;

/** A name reduced to what tells organizations apart: no legal form, case, spacing or punctuation. */
export function nameKey(name: string): string {
  return normalizeText(name)
    .replace(LEGAL_FORMS, "")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

function nameKeys(name: LocalizedText): string[] {
  const keys = [name.ko, name.en].flatMap((value) => (value ? [nameKey(value)] : []));
  return [...new Set(keys.filter((key) => key.length >= 2))];
}

/** The website's host, lower-cased and without "www."; null without a usable URL. */
export function domainOf(website: string | null | undefined): string | null {
  if (!website) return null;
  try {
    return new URL(website).hostname.toLowerCase().replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}
