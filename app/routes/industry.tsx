import { loadIndustry } from "../features/industries/industries.server.ts";
import { IndustryPage } from "../features/industries/industry-page.tsx";
import { pageLinks, publicUrlOf, shareTags } from "../features/organizations/seo.ts";
import { localeFromPath } from "../i18n/locale.ts";
import type { Route } from "./+types/industry.ts";

export function loader(args: Route.LoaderArgs) {
  return loadIndustry(args);
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

export default function Industry({ loaderData }: Route.ComponentProps) {
  return <IndustryPage data={loaderData} />;
}
