import { pickText } from "../../contracts/common/locale-text.ts";
import { ForbiddenErrorBoundary } from "../components/ui/forbidden-page.tsx";
import { loadQueue, queueAction } from "../features/support-requests/queue.server.ts";
import { QueuePage } from "../features/support-requests/queue-page.tsx";
import { localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import type { Route } from "./+types/office-queue.ts";

export async function loader(args: Route.LoaderArgs) {
  return loadQueue(args);
}

/** Bulk changes of the ticked requests: each checked and audited on its own by the support desk. */
export async function action(args: Route.ActionArgs) {
  return queueAction(args);
}

export function meta({ location, loaderData }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  const office = loaderData?.office.name
    ? pickText(loaderData.office.name, locale)
    : translate(locale, "support.queue.office");
  return [
    { title: `${translate(locale, "support.queue.title", { office })} — ${translate(locale, "site.name")}` },
    { name: "robots", content: "noindex" },
  ];
}

export default function OfficeQueue({ loaderData, actionData }: Route.ComponentProps) {
  return <QueuePage data={loaderData} outcome={actionData} />;
}

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
