import { searchOf } from "../features/opportunities/list.query.ts";
import { loadOpportunities } from "../features/opportunities/list.server.ts";
import { OpportunitiesPage } from "../features/opportunities/list-page.tsx";
import { pageLinks, publicUrlOf, shareTags } from "../features/organizations/seo.ts";
import { localeFromPath } from "../i18n/locale.ts";
import type { Route } from "./+types/opportunities.ts";

export function loader(args: Route.LoaderArgs) {
  return loadOpportunities(args);
}

export function meta({ location, matches, loaderData }: Route.MetaArgs) {
  if (!loaderData) return [];
  const locale = localeFromPath(location.pathname);
  const publicUrl = publicUrlOf(matches);
  const { query, offset, seo } = loaderData;
  const search = [searchOf(query), offset > 0 ? `offset=${offset}` : ""].filter(Boolean).join("&");
  return [
    ...shareTags({ ...seo, url: `${publicUrl}${location.pathname}${search ? `?${search}` : ""}`, locale }),
    // Typed searches are for people; the filtered views are what search engines should index.
    ...(query.q ? [{ name: "robots", content: "noindex, follow" }] : []),
    ...pageLinks(publicUrl, location.pathname, search),
  ];
}

export default function Opportunities({ loaderData }: Route.ComponentProps) {
  return <OpportunitiesPage data={loaderData} />;
}
