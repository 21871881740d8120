import { redirect } from "react-router";
import { appContext } from "#app-context";
import type { Locale } from "../../../contracts/common/locale-text.ts";
import { industryCodes } from "../../../contracts/industries/taxonomy.ts";
import { opportunityKinds, opportunityStatusFilters } from "../../../contracts/opportunities/kinds.ts";
import { localeFromPath } from "../../i18n/locale.ts";
import { translate } from "../../i18n/messages.ts";
import { offsetOf, pageUrl } from "../../page-url.ts";
import { koreanDate } from "../admin/format.ts";
import type { LoaderArgs } from "../organizations/args.ts";
import { countryNames } from "../organizations/labels.server.ts";
import { cardOf } from "./labels.server.ts";
import {
  type FilterKey,
  OPPORTUNITIES_PAGE,
  type OpportunitiesQuery,
  opportunitiesHref,
} from "./list.query.ts";

const known: Record<FilterKey, (value: string) => boolean> = {
  kind: (value) => (opportunityKinds as readonly string[]).includes(value),
  industry: (value) => industryCodes.includes(value),
  market: (value) => /^[A-Z]{2}$/.test(value),
  status: (value) => (opportunityStatusFilters as readonly string[]).includes(value) && value !== "open",
};

/**
 * The list's query from the URL. Unknown values are left out rather than refused, so a stale link still
 * opens a useful page; `status=open` is the default and never written.
 */
export function readOpportunitiesQuery(params: URLSearchParams): OpportunitiesQuery {
  const query: OpportunitiesQuery = {};
  const q = (params.get("q") ?? "").trim().slice(0, 200);
  if (q) query.q = q;
  for (const key of Object.keys(known) as FilterKey[]) {
    let value = (params.get(key) ?? "").trim();
    if (key === "market") value = value.toUpperCase();
    if (value && known[key](value)) query[key] = value;
  }
  return query;
}

/** A page of opportunities, the markets to filter by, and whether the reader may post. */
export async function loadOpportunities({ context, request }: Pick<LoaderArgs, "context" | "request">) {
  const { services, actor } = context.get(appContext);
  const url = pageUrl(request);
  const locale: Locale = localeFromPath(url.pathname);
  const query = readOpportunitiesQuery(url.searchParams);
  const offset = offsetOf(url);
  // The filter form sends empty fields; the shared URL should carry only what was chosen.
  const sent = [...url.searchParams.keys()].filter((key) => key !== "offset" && key !== "notice");
  const kept = Object.keys(query).length;
  if (sent.length !== kept) throw redirect(opportunitiesHref(locale, query, {}, offset));
  // The page's default is `open` (never written in the URL); the service's, like the API's, is `all`.
  const status = (query.status ?? "open") as "open" | "closed" | "all";
  const [result, markets] = await Promise.all([
    services.opportunities.list(
      { ...query, status },
      { limit: OPPORTUNITIES_PAGE, offset },
      status === "open" ? "deadline" : "newest",
      { locale },
    ),
    services.opportunities.markets(),
  ]);
  const today = koreanDate();
  const marketNames = countryNames([...markets, query.market], locale);
  const title = translate(locale, "opportunities.title");
  return {
    query,
    offset,
    total: result.total,
    sort: query.q ? "relevance" : status === "open" ? "deadline" : "newest",
    items: result.items.map((hit) => cardOf(hit, locale, today)),
    markets: Object.entries(marketNames)
      .map(([code, name]) => ({ code, name }))
      .sort((a, b) => a.name.localeCompare(b.name, locale)),
    canPost: services.opportunities.canPost(actor),
    deleted: url.searchParams.get("notice") === "deleted",
    seo: {
      title: `${query.q ? `“${query.q}” — ` : ""}${title} — ${translate(locale, "site.name")}`,
      description: translate(locale, "opportunities.metaDescription"),
    },
  };
}
export type OpportunitiesData = Awaited<ReturnType<typeof loadOpportunities>>;
