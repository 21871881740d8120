import { data } from "react-router";
import { type AppContext, appContext } from "#app-context";
import { pickText } from "../../../contracts/common/locale-text.ts";
import { industryTaxonomy } from "../../../contracts/industries/taxonomy.ts";
import { localeFromPath } from "../../i18n/locale.ts";
import { translate } from "../../i18n/messages.ts";
import { pageUrl } from "../../page-url.ts";
import type { LoaderArgs } from "../organizations/args.ts";
import { kindKey } from "../organizations/format.ts";
import { cardOf, countryName } from "../organizations/labels.server.ts";

/** The taxonomy shipped in contracts/ (synced to the database at start-up) with counts per code. */
async function taxonomyWithCounts(services: AppContext["services"]) {
  // Facet counts come from the in-memory index (decision 018): exact, and no scan of every organization.
  const facets = await services.organizations.facets({});
  const counts = new Map(facets.industry.map((facet) => [facet.value, facet.count]));
  return industryTaxonomy.map((industry) => ({
    code: industry.code,
    parent: industry.parent ?? null,
    group: industry.group,
    name: industry.name,
    organizationCount: counts.get(industry.code) ?? 0,
  }));
}

/** The taxonomy with counts: the five new industries first, sub-sectors under their parents. */
export async function loadIndustries({ context, request }: Pick<LoaderArgs, "context" | "request">) {
  const locale = localeFromPath(pageUrl(request).pathname);
  const industries = await taxonomyWithCounts(context.get(appContext).services);
  return {
    industries,
    seo: {
      title: `${translate(locale, "industries.title")} — ${translate(locale, "site.name")}`,
      description: translate(locale, "industries.metaDescription"),
    },
  };
}
export type IndustriesData = Awaited<ReturnType<typeof loadIndustries>>;

/**
 * One industry: its sub-sectors, the directory's facet counts under it (a parent includes its
 * sub-sectors, as the directory filter does), and its first local companies and global partners.
 */
export async function loadIndustry({ context, request, params }: LoaderArgs) {
  const { services } = context.get(appContext);
  const locale = localeFromPath(pageUrl(request).pathname);
  const code = params.code ?? "";
  if (!industryTaxonomy.some((candidate) => candidate.code === code)) throw data(null, { status: 404 });
  const [all, facets, companies, partners, zones] = await Promise.all([
    taxonomyWithCounts(services),
    services.organizations.facets({ industry: code }),
    services.organizations.list({ industry: code, scope: "local" }, { limit: 12, offset: 0 }, { locale }),
    services.organizations.list({ industry: code, scope: "global" }, { limit: 8, offset: 0 }, { locale }),
    services.zones.all(),
  ]);
  const industry = all.find((candidate) => candidate.code === code)!;
  const zoneNames = new Map(zones.map((zone) => [zone.code, pickText(zone.name, locale)]));
  const name = industry.name[locale];
  const total = facets.scope.reduce((sum, facet) => sum + facet.count, 0);
  return {
    industry,
    parent: all.find((candidate) => candidate.code === industry.parent) ?? null,
    subSectors: all.filter((candidate) => candidate.parent === code),
    total,
    kinds: facets.kind.map((facet) => ({
      label: translate(locale, kindKey(facet.value)),
      value: facet.count,
    })),
    zones: facets.zone.map((facet) => ({
      label: zoneNames.get(facet.value) ?? facet.value,
      value: facet.count,
    })),
    markets: facets.market
      .slice(0, 8)
      .map((facet) => ({ label: countryName(facet.value, locale), value: facet.count })),
    companies: { total: companies.total, items: companies.items.map((hit) => cardOf(hit, locale)) },
    partners: { total: partners.total, items: partners.items.map((hit) => cardOf(hit, locale)) },
    seo: {
      title: `${name} — ${translate(locale, "industries.title")} — ${translate(locale, "site.name")}`,
      description: translate(locale, "industries.metaIndustry", { industry: name, count: total }),
    },
  };
}
export type IndustryData = Awaited<ReturnType<typeof loadIndustry>>;
