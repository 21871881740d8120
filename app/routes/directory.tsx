import { searchOf } from "../features/organizations/directory.query.ts";
import { loadDirectory } from "../features/organizations/directory.server.ts";
import { DirectoryPage } from "../features/organizations/directory-page.tsx";
import { pageLinks, publicUrlOf, shareTags } from "../features/organizations/seo.ts";
import { localeFromPath } from "../i18n/locale.ts";
import type { Route } from "./+types/directory.ts";

export function loader(args: Route.LoaderArgs) {
  return loadDirectory(args);
}

export function meta({ location, matches, loaderData }: Route.MetaArgs) {
  if (!loaderData) return [];
  const locale = localeFromPath(location.pathname);
  const publicUrl = publicUrlOf(matches);
  const { query, offset, seo } = loaderData;
  const search = [searchOf(query), offset > 0 ? `offset=${offset}` : ""].filter(Boolean).join("&");
  const url = `${publicUrl}${location.pathname}${search ? `?${search}` : ""}`;
  return [
    ...shareTags({ ...seo, url, locale }),
    // Typed searches are for people; the filtered views (links) are what search engines should index.
    ...(query.q ? [{ name: "robots", content: "noindex, follow" }] : []),
    ...pageLinks(publicUrl, location.pathname, search),
  ];
}

export default function Directory({ loaderData }: Route.ComponentProps) {
  return <DirectoryPage data={loaderData} />;
}
