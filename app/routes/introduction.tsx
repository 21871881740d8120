import { ForbiddenErrorBoundary } from "../components/ui/forbidden-page.tsx";
import { IntroductionPage } from "../features/introductions/detail-page.tsx";
import { loadIntroductionPage } from "../features/introductions/introductions.server.ts";
import { takeStep } from "../features/introductions/steps.server.ts";
import { localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import type { Route } from "./+types/introduction.ts";

export async function loader(args: Route.LoaderArgs) {
  return loadIntroductionPage(args);
}

/** Accept, decline, meeting, outcome or withdraw: the introductions service checks who may, and when. */
export async function action(args: Route.ActionArgs) {
  return takeStep(args);
}

export function meta({ location }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  return [
    { title: `${translate(locale, "introductions.title")} — ${translate(locale, "site.name")}` },
    { name: "robots", content: "noindex" },
  ];
}

export default function Introduction({ loaderData, actionData }: Route.ComponentProps) {
  return <IntroductionPage data={loaderData} result={actionData} />;
}

/** Neither side nor a broker (403) or no such introduction (404), said plainly in the page language. */
export function ErrorBoundary() {
  return (
    <ForbiddenErrorBoundary
      forbidden={() => ({
        title: "introductions.forbidden.title",
        body: "introductions.forbidden.body",
        next: { to: "/introductions", label: "introductions.back" },
      })}
    />
  );
}
