import { loadMatches, verdictAction } from "../features/matching/matches.server.ts";
import { MatchesPage } from "../features/matching/matches-page.tsx";
import { localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import type { Route } from "./+types/matches.ts";

export const loader = (args: Route.LoaderArgs) => loadMatches(args);
export const action = (args: Route.ActionArgs) => verdictAction(args);

export function headers() {
  return { "cache-control": "private, no-store" };
}

export function meta({ location }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  return [
    { title: `${translate(locale, "matching.title")} — ${translate(locale, "site.name")}` },
    { name: "robots", content: "noindex" },
  ];
}

export default function Matches({ loaderData }: Route.ComponentProps) {
  return <MatchesPage data={loaderData} />;
}
