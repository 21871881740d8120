import { pageLinks, publicUrlOf, shareTags } from "../features/organizations/seo.ts";
import { loadZones } from "../features/zones/zones.server.ts";
import { ZonesPage } from "../features/zones/zones-page.tsx";
import { localeFromPath } from "../i18n/locale.ts";
import type { Route } from "./+types/zones.ts";

export function loader(args: Route.LoaderArgs) {
  return loadZones(args);
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

export default function Zones({ loaderData }: Route.ComponentProps) {
  return <ZonesPage data={loaderData} />;
}
