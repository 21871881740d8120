import { loadMyRequests } from "../features/support-requests/my-requests.server.ts";
import { MyRequestsPage } from "../features/support-requests/my-requests-page.tsx";
import { localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import type { Route } from "./+types/support-requests.ts";

export async function loader(args: Route.LoaderArgs) {
  return loadMyRequests(args);
}

export function meta({ location }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  return [
    { title: `${translate(locale, "support.title")} — ${translate(locale, "site.name")}` },
    { name: "robots", content: "noindex" },
  ];
}

export default function SupportRequests({ loaderData }: Route.ComponentProps) {
  return <MyRequestsPage data={loaderData} />;
}
