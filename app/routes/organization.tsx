import { data } from "react-router";
import { loadProfile, profileInit } from "../features/organizations/profile.server.ts";
import { ProfilePage } from "../features/organizations/profile-page.tsx";
import { pageLinks, publicUrlOf, shareTags } from "../features/organizations/seo.ts";
import { localeFromPath } from "../i18n/locale.ts";
import type { Route } from "./+types/organization.ts";

export async function loader(args: Route.LoaderArgs) {
  const profile = await loadProfile(args);
  return data(profile, profileInit(profile));
}

export function headers({ loaderHeaders }: Route.HeadersArgs) {
  return loaderHeaders;
}

export function meta({ location, matches, loaderData }: Route.MetaArgs) {
  if (!loaderData) return [];
  const locale = localeFromPath(location.pathname);
  const { seo } = loaderData;
  return [
    // Open Graph's "profile" is a person; an organization's page is a "website" object.
    ...shareTags({ title: seo.title, description: seo.description, url: seo.url, image: seo.image, locale }),
    ...pageLinks(publicUrlOf(matches), location.pathname),
  ];
}

export default function Organization({ loaderData }: Route.ComponentProps) {
  return <ProfilePage data={loaderData} />;
}
