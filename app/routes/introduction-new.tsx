import { ForbiddenErrorBoundary } from "../components/ui/forbidden-page.tsx";
import { loadNewIntroduction, requestIntroduction } from "../features/introductions/new.server.ts";
import { NewIntroductionPage } from "../features/introductions/new-page.tsx";
import { localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import type { Route } from "./+types/introduction-new.ts";

export async function loader(args: Route.LoaderArgs) {
  return loadNewIntroduction(args);
}

/** Sends the request (also from the compact form embedded on other pages) and opens the new introduction. */
export async function action(args: Route.ActionArgs) {
  return requestIntroduction(args);
}

export function meta({ location }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  return [
    { title: `${translate(locale, "introductions.new.title")} — ${translate(locale, "site.name")}` },
    { name: "robots", content: "noindex" },
  ];
}

export default function IntroductionNew({ loaderData, actionData }: Route.ComponentProps) {
  return <NewIntroductionPage data={loaderData} result={actionData} />;
}

export function ErrorBoundary() {
  return (
    <ForbiddenErrorBoundary
      forbidden={() => ({
        title: "introductions.forbidden.title",
        body: "introductions.noOrganization",
        next: { to: "/account", label: "introductions.toAccount" },
      })}
    />
  );
}
