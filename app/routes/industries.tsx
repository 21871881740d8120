import { loadIndustries } from "../features/industries/industries.server.ts";
import { IndustriesPage } from "../features/industries/industries-page.tsx";
import { pageLinks, publicUrlOf, shareTags } from "../features/organizations/seo.ts";
import { localeFromPath } from "../i18n/locale.ts";
import type { Route } from "./+types/industries.ts";

export function loader(args: Route.LoaderArgs) {
  return loadIndustries(args);
}

export function meta({ location, matches, loaderData }: Route.MetaArgs) {
  if (!loaderData) return [];
  const locale = localeFromPath(location.pathname);
  const publicUrl = publicUrlOf(matches);
  return [
    ...shareTags({ ...loaderData.seo, url: `${publicUrl}${location.pathname}`, locale }),
    ...pageLinks(publicUrl, location.pathname),
  ];
}

export default function Industries({ loaderData }: Route.ComponentProps) {
  return <IndustriesPage data={loaderData} />;
}
