import { pageLinks, publicUrlOf, shareTags } from "../features/organizations/seo.ts";
import { ZonePage } from "../features/zones/zone-page.tsx";
import { loadZone } from "../features/zones/zones.server.ts";
import { localeFromPath } from "../i18n/locale.ts";
import type { Route } from "./+types/zone.ts";

export function loader(args: Route.LoaderArgs) {
  return loadZone(args);
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

export default function Zone({ loaderData }: Route.ComponentProps) {
  return <ZonePage data={loaderData} />;
}
