import type { Locale } from "../../../contracts/common/locale-text.ts";
import { href } from "../../i18n/locale.ts";

/** The directory's facets, in the order the page shows them. Each holds at most one value. */
export const facetKeys = ["kind", "scope", "industry", "zone", "stage", "country", "market"] as const;
export type FacetKey = (typeof facetKeys)[number];

/** What the URL asks the directory for: the search words and one value per facet. */
export type DirectoryQuery = { q?: string } & Partial<Record<FacetKey, string>>;

export const DIRECTORY_PAGE = 20;

/** The query as a query string in a stable order, so equal filters give equal (shareable) URLs. */
export function searchOf(query: DirectoryQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const key of facetKeys) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  return params.toString();
}

/**
 * A link to the directory with `change` applied to `query` (an `undefined` value removes that filter).
 * Paging always starts again: a narrower result has fewer pages.
 */
export function directoryHref(
  locale: Locale,
  query: DirectoryQuery = {},
  change: Partial<Record<FacetKey | "q", string | undefined>> = {},
  offset = 0,
): string {
  const search = searchOf({ ...query, ...change });
  const paging = offset > 0 ? `${search ? "&" : ""}offset=${offset}` : "";
  const tail = search || paging ? `?${search}${paging}` : "";
  return `${href("/directory", locale)}${tail}`;
}

/** The export of the same filter (built by the export route), as a plain download link. */
export function exportHref(format: "csv" | "jsonl", query: DirectoryQuery): string {
  const search = searchOf(query);
  return `/directory/export?format=${format}${search ? `&${search}` : ""}`;
}

/** How many filters (search words included) are applied. */
export function activeCount(query: DirectoryQuery): number {
  return (query.q ? 1 : 0) + facetKeys.filter((key) => query[key]).length;
}
