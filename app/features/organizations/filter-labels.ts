import { type Locale, type LocalizedText, pickText } from "../../../contracts/common/locale-text.ts";
import { type MessageKey, translate } from "../../i18n/messages.ts";
import { type DirectoryQuery, type FacetKey, facetKeys } from "./directory.query.ts";
import { industryName, kindKey, scopeKey, stageKey } from "./format.ts";

/** Names the loader looked up for facet values that are data, not interface strings. */
export type DirectoryLabels = {
  zones: Record<string, LocalizedText>;
  countries: Record<string, string>;
};

/** A facet value's label in the page's language: "manufacturer" → "제조기업", "US" → "미국". */
export function valueLabel(key: FacetKey, value: string, locale: Locale, labels: DirectoryLabels): string {
  switch (key) {
    case "kind":
      return translate(locale, kindKey(value));
    case "scope":
      return translate(locale, scopeKey(value));
    case "stage":
      return translate(locale, stageKey(value));
    case "industry":
      return industryName(value, locale);
    case "zone":
      return labels.zones[value] ? pickText(labels.zones[value], locale) : value;
    case "country":
    case "market":
      return labels.countries[value] ?? value;
  }
}

export const facetTitleKey = (key: FacetKey) => `directory.facet.${key}` as MessageKey;

/** "Type: Manufacturer", for chips and descriptions. */
export function filterLabel(key: FacetKey, value: string, locale: Locale, labels: DirectoryLabels): string {
  return `${translate(locale, facetTitleKey(key))}: ${valueLabel(key, value, locale, labels)}`;
}

/** The page title and meta description of a filtered directory, so each shared view reads as itself. */
export function directorySeo(locale: Locale, query: DirectoryQuery, labels: DirectoryLabels, total: number) {
  const site = translate(locale, "site.name");
  const heading = translate(locale, "directory.title");
  const parts = [
    ...(query.q ? [`“${query.q}”`] : []),
    ...facetKeys.flatMap((key) => {
      const value = query[key];
      if (!value) return [];
      return [
        key === "market" ? filterLabel(key, value, locale, labels) : valueLabel(key, value, locale, labels),
      ];
    }),
  ];
  if (parts.length === 0) {
    return { title: `${heading} — ${site}`, description: translate(locale, "directory.metaDescription") };
  }
  const described = [
    ...(query.q ? [translate(locale, "directory.query", { q: query.q })] : []),
    ...facetKeys.flatMap((key) => (query[key] ? [filterLabel(key, query[key], locale, labels)] : [])),
  ].join(", ");
  return {
    title: `${parts.join(" · ")} — ${heading} — ${site}`,
    description: translate(locale, "directory.metaFiltered", { count: total, filters: described }),
  };
}
