import { pickText } from "../../contracts/common/locale-text.ts";
import { ForbiddenErrorBoundary } from "../components/ui/forbidden-page.tsx";
import { DashboardPage } from "../features/office-dashboard/dashboard-page.tsx";
import { loadDashboard } from "../features/office-dashboard/office-dashboard.server.ts";
import { localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import type { Route } from "./+types/office-dashboard.ts";

export async function loader(args: Route.LoaderArgs) {
  return loadDashboard(args);
}

export function meta({ location, loaderData }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  const office = loaderData ? pickText(loaderData.office.name, locale) : "";
  return [
    { title: `${translate(locale, "dashboard.title", { office })} — ${translate(locale, "site.name")}` },
    { name: "robots", content: "noindex" },
  ];
}

export default function OfficeDashboard({ loaderData }: Route.ComponentProps) {
  return <DashboardPage data={loaderData} />;
}

export function ErrorBoundary() {
  return (
    <ForbiddenErrorBoundary
      forbidden={() => ({
        title: "dashboard.forbidden.title",
        body: "dashboard.forbidden.body",
        next: { to: "/offices", label: "dashboard.forbidden.next" },
      })}
    />
  );
}
