import { loadIntroductionsPage } from "../features/introductions/introductions.server.ts";
import { IntroductionsPage } from "../features/introductions/list-page.tsx";
import { localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import type { Route } from "./+types/introductions.ts";

export async function loader(args: Route.LoaderArgs) {
  return loadIntroductionsPage(args);
}

export function meta({ location }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  return [
    { title: `${translate(locale, "introductions.title")} — ${translate(locale, "site.name")}` },
    { name: "robots", content: "noindex" },
  ];
}

export default function Introductions({ loaderData }: Route.ComponentProps) {
  return <IntroductionsPage data={loaderData} />;
}
