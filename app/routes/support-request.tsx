import { ForbiddenErrorBoundary } from "../components/ui/forbidden-page.tsx";
import { caseAction, loadCase } from "../features/support-requests/case.server.ts";
import { CasePage } from "../features/support-requests/case-page.tsx";
import { localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import type { Route } from "./+types/support-request.ts";

export async function loader(args: Route.LoaderArgs) {
  return loadCase(args);
}

/** Reply, note, files, status, assignee, priority, rating, referral: the support desk checks who may, and when. */
export async function action(args: Route.ActionArgs) {
  return caseAction(args);
}

export function meta({ location, loaderData }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  const subject = loaderData
    ? `#${loaderData.number} ${loaderData.subject}`
    : translate(locale, "support.title");
  return [
    { title: `${subject} — ${translate(locale, "site.name")}` },
    { name: "robots", content: "noindex" },
  ];
}

export default function SupportRequest({ loaderData, actionData }: Route.ComponentProps) {
  return <CasePage data={loaderData} result={actionData} />;
}

/** Not a side of this request (404, as for an unknown one) or refused (403), said in the page language. */
export function ErrorBoundary() {
  return (
    <ForbiddenErrorBoundary
      forbidden={() => ({
        title: "support.forbidden.title",
        body: "support.forbidden.body",
        next: { to: "/support", label: "support.back" },
      })}
    />
  );
}
