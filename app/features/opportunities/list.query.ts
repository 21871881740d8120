import type { Locale } from "../../../contracts/common/locale-text.ts";
import { href } from "../../i18n/locale.ts";

/** The list's filters, in the order the page shows them and URLs carry them. */
export const filterKeys = ["kind", "industry", "market", "status"] as const;
export type FilterKey = (typeof filterKeys)[number];

/** What the URL asks the list for: the search words and one value per filter (status `open` is the default). */
export type OpportunitiesQuery = { q?: string } & Partial<Record<FilterKey, string>>;

export const OPPORTUNITIES_PAGE = 20;

/** The query as a query string in a stable order, so equal filters give equal (shareable) URLs. */
export function searchOf(query: OpportunitiesQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const key of filterKeys) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  return params.toString();
}

/** A link to the list with `change` applied (an `undefined` value removes that filter); paging restarts. */
export function opportunitiesHref(
  locale: Locale,
  query: OpportunitiesQuery = {},
  change: Partial<Record<FilterKey | "q", string | undefined>> = {},
  offset = 0,
): string {
  const search = searchOf({ ...query, ...change });
  const paging = offset > 0 ? `${search ? "&" : ""}offset=${offset}` : "";
  const tail = search || paging ? `?${search}${paging}` : "";
  return `${href("/opportunities", locale)}${tail}`;
}

/** One opportunity's page. */
export const opportunityPath = (locale: Locale, id: string) => href(`/opportunities/${id}`, locale);

/** The organizations that fit an opportunity, for its owner and the city (the matching pages). */
export const candidatesPath = (locale: Locale, id: string) => href(`/opportunities/${id}/candidates`, locale);
