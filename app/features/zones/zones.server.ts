import { data } from "react-router";
import { appContext } from "#app-context";
import { pickText } from "../../../contracts/common/locale-text.ts";
import { type Stage, stages } from "../../../contracts/organizations/organization.ts";
import { localeFromPath } from "../../i18n/locale.ts";
import { translate } from "../../i18n/messages.ts";
import { pageUrl } from "../../page-url.ts";
import type { LoaderArgs } from "../organizations/args.ts";
import { industryName, kindKey, stageKey } from "../organizations/format.ts";
import { cardOf } from "../organizations/labels.server.ts";

export const ZONE_COMPANIES = 20;

/** The zones with how many organizations each holds. */
export async function loadZones({ context, request }: Pick<LoaderArgs, "context" | "request">) {
  const locale = localeFromPath(pageUrl(request).pathname);
  const zones = await context.get(appContext).services.zones.list();
  return {
    zones,
    seo: {
      title: `${translate(locale, "zones.title")} — ${translate(locale, "site.name")}`,
      description: translate(locale, "zones.metaDescription"),
    },
  };
}
export type ZonesData = Awaited<ReturnType<typeof loadZones>>;

/** One zone by its code: its industries and kinds (facet counts) and its first organizations. */
export async function loadZone({ context, request, params }: LoaderArgs) {
  const { services } = context.get(appContext);
  const locale = localeFromPath(pageUrl(request).pathname);
  const code = params.code ?? "";
  const zone = (await services.zones.all()).find((candidate) => candidate.code === code);
  if (!zone) throw data(null, { status: 404 });
  const [facets, companies] = await Promise.all([
    services.organizations.facets({ zone: code }),
    services.organizations.list({ zone: code }, { limit: ZONE_COMPANIES, offset: 0 }, { locale }),
  ]);
  const name = pickText(zone.name, locale);
  return {
    zone,
    total: companies.total,
    industries: facets.industry
      .slice(0, 12)
      .map((facet) => ({ label: industryName(facet.value, locale), value: facet.count })),
    kinds: facets.kind.map((facet) => ({
      label: translate(locale, kindKey(facet.value)),
      value: facet.count,
    })),
    stages: [...facets.stage]
      .sort((a, b) => stages.indexOf(a.value as Stage) - stages.indexOf(b.value as Stage))
      .map((facet) => ({ label: translate(locale, stageKey(facet.value)), value: facet.count })),
    companies: companies.items.map((hit) => cardOf(hit, locale)),
    seo: {
      title: `${name} — ${translate(locale, "zones.title")} — ${translate(locale, "site.name")}`,
      description: translate(locale, "zones.metaZone", {
        zone: name,
        designation: pickText(zone.designation, locale),
        count: companies.total,
      }),
    },
  };
}
export type ZoneData = Awaited<ReturnType<typeof loadZone>>;
