import { appContext } from "#app-context";
import { loadHome } from "../features/home/home.server.ts";
import { HomePage } from "../features/home/home-page.tsx";
import { localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import { alternateLinks } from "../seo.ts";
import type { Route } from "./+types/home.ts";

export async function loader({ context }: Route.LoaderArgs) {
  return loadHome(context.get(appContext).services);
}

export function meta({ location, matches }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  const publicUrl = (matches[0]?.loaderData as { publicUrl?: string } | undefined)?.publicUrl ?? "";
  const title = `${translate(locale, "site.name")} — ${translate(locale, "site.tagline")}`;
  const description = translate(locale, "site.description");
  return [
    { title },
    { name: "description", content: description },
    { property: "og:type", content: "website" },
    { property: "og:title", content: title },
    { property: "og:description", content: description },
    { property: "og:locale", content: locale === "ko" ? "ko_KR" : "en_US" },
    ...alternateLinks(publicUrl, location.pathname),
  ];
}

export default function Home({ loaderData }: Route.ComponentProps) {
  return <HomePage data={loaderData} />;
}
