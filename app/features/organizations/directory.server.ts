import { redirect } from "react-router";
import { appContext } from "#app-context";
import type { Locale } from "../../../contracts/common/locale-text.ts";
import { industryCodes } from "../../../contracts/industries/taxonomy.ts";
import { organizationKinds, scopes, stages } from "../../../contracts/organizations/organization.ts";
import { localeFromPath } from "../../i18n/locale.ts";
import { offsetOf, pageUrl } from "../../page-url.ts";
import type { LoaderArgs } from "./args.ts";
import { DIRECTORY_PAGE, type DirectoryQuery, directoryHref, type FacetKey } from "./directory.query.ts";
import { type DirectoryLabels, directorySeo } from "./filter-labels.ts";
import { cardOf, countryNames } from "./labels.server.ts";

const known: Record<FacetKey, (value: string) => boolean> = {
  kind: (value) => (organizationKinds as readonly string[]).includes(value),
  scope: (value) => (scopes as readonly string[]).includes(value),
  stage: (value) => (stages as readonly string[]).includes(value),
  industry: (value) => industryCodes.includes(value),
  zone: (value) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 100,
  country: (value) => /^[A-Z]{2}$/.test(value),
  market: (value) => /^[A-Z]{2}$/.test(value),
};

/**
 * The directory's query from the URL. Values the directory does not know are left out rather than
 * refused: a stale or hand-edited link still opens a useful page.
 */
export function readDirectoryQuery(params: URLSearchParams): DirectoryQuery {
  const query: DirectoryQuery = {};
  const q = (params.get("q") ?? "").trim().slice(0, 200);
  if (q) query.q = q;
  for (const key of Object.keys(known) as FacetKey[]) {
    let value = (params.get(key) ?? "").trim();
    if (key === "country" || key === "market") value = value.toUpperCase();
    if (value && known[key](value)) query[key] = value;
  }
  return query;
}

/** One round of parallel queries: the page of results, the facet counts and the zone names. */
export async function loadDirectory({ context, request }: LoaderArgs) {
  const { services } = context.get(appContext);
  const url = pageUrl(request);
  const locale: Locale = localeFromPath(url.pathname);
  const query = readDirectoryQuery(url.searchParams);
  const offset = offsetOf(url);
  // The search form sends `q=` when the box is empty; the shared URL should not carry it.
  if (url.searchParams.has("q") && !query.q) throw redirect(directoryHref(locale, query, {}, offset));
  const [result, facets, zones] = await Promise.all([
    services.organizations.list(query, { limit: DIRECTORY_PAGE, offset }, { locale }),
    services.organizations.facets(query),
    services.zones.all(),
  ]);
  const labels: DirectoryLabels = {
    zones: Object.fromEntries(zones.map((zone) => [zone.code, zone.name])),
    countries: countryNames(
      [
        ...facets.country.map((facet) => facet.value),
        ...facets.market.map((facet) => facet.value),
        query.country,
        query.market,
      ],
      locale,
    ),
  };
  return {
    query,
    offset,
    total: result.total,
    items: result.items.map((hit) => cardOf(hit, locale)),
    facets,
    labels,
    seo: directorySeo(locale, query, labels, result.total),
  };
}
export type DirectoryData = Awaited<ReturnType<typeof loadDirectory>>;
