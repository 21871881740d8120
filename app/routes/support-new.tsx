import { ForbiddenErrorBoundary } from "../components/ui/forbidden-page.tsx";
import { createRequest, loadNewRequest } from "../features/support-requests/new.server.ts";
import { NewRequestPage } from "../features/support-requests/new-page.tsx";
import { localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import type { Route } from "./+types/support-new.ts";

export async function loader(args: Route.LoaderArgs) {
  return loadNewRequest(args);
}

/** Sends the request with its files (multipart) and opens the new case. */
export async function action(args: Route.ActionArgs) {
  return createRequest(args);
}

export function meta({ location }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  return [
    { title: `${translate(locale, "support.new.title")} — ${translate(locale, "site.name")}` },
    { name: "robots", content: "noindex" },
  ];
}

export default function SupportNew({ loaderData, actionData }: Route.ComponentProps) {
  return <NewRequestPage data={loaderData} result={actionData} />;
}

export function ErrorBoundary() {
  return (
    <ForbiddenErrorBoundary
      forbidden={() => ({
        title: "support.forbidden.title",
        body: "support.noCompany",
        next: { to: "/account", label: "support.toAccount" },
      })}
    />
  );
}
