import { ForbiddenErrorBoundary } from "../components/ui/forbidden-page.tsx";
import { CandidatesPage } from "../features/matching/candidates-page.tsx";
import { loadCandidates, verdictAction } from "../features/matching/matches.server.ts";
import { localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import type { Route } from "./+types/opportunity-candidates.ts";

export const loader = (args: Route.LoaderArgs) => loadCandidates(args);
export const action = (args: Route.ActionArgs) => verdictAction(args);

export function headers() {
  return { "cache-control": "private, no-store" };
}

export function meta({ location }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  return [
    {
      title: `${translate(locale, "matching.candidates.title", { title: "" })} — ${translate(locale, "site.name")}`,
    },
    { name: "robots", content: "noindex" },
  ];
}

export default function OpportunityCandidates({ loaderData }: Route.ComponentProps) {
  return <CandidatesPage data={loaderData} />;
}

/** A 403 says whose candidates these are: the opportunity's owner, the city and the overseas offices. */
export function ErrorBoundary() {
  return (
    <ForbiddenErrorBoundary
      forbidden={() => ({
        title: "matching.forbidden.title",
        body: "matching.forbidden.body",
        next: { to: "/opportunities", label: "matching.forbidden.next" },
      })}
    />
  );
}
