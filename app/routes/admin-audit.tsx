import { appContext } from "#app-context";
import { adminHeaders, offsetOf, requireAdmin } from "../features/admin/admin.server.ts";
import { AdminErrorBoundary } from "../features/admin/admin-error.tsx";
import { AdminPage } from "../features/admin/admin-page.tsx";
import { AUDIT_PAGE, readAuditQuery } from "../features/admin/audit.query.ts";
import { AuditFilters } from "../features/admin/audit-filters.tsx";
import { type AuditRow, AuditTable } from "../features/admin/audit-table.tsx";
import { stamp } from "../features/admin/format.ts";
import { Pager } from "../features/admin/pager.tsx";
import { localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import { useT } from "../i18n/use-locale.ts";
import type { Route } from "./+types/admin-audit.ts";

export async function loader(args: Route.LoaderArgs) {
  const caller = requireAdmin(args, "audit");
  const url = new URL(args.request.url);
  const locale = localeFromPath(url.pathname);
  const { values, errors, filter, search } = readAuditQuery(url.searchParams);
  const offset = offsetOf(url);
  const { items, total } = await args.context
    .get(appContext)
    .services.audit.list(caller, filter, { limit: AUDIT_PAGE, offset });
  const events: AuditRow[] = items.map((event) => ({
    id: event.id,
    at: stamp(event.at, locale),
    actorKind: event.actorKind,
    actorId: event.actorId,
    actorLabel: event.actorLabel,
    action: event.action,
    resourceType: event.resourceType,
    resourceId: event.resourceId,
    ip: event.ip,
    before: event.before,
    after: event.after,
  }));
  return { events, total, offset, query: { values, errors, search } };
}

export function meta({ location }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  return [
    { title: `${translate(locale, "admin.audit.title")} — ${translate(locale, "site.name")}` },
    { name: "robots", content: "noindex" },
  ];
}

export default function AdminAudit({ loaderData }: Route.ComponentProps) {
  const t = useT();
  return (
    <AdminPage title={t("admin.audit.title")} lead={t("admin.audit.lead")}>
      <AuditFilters query={loaderData.query} />
      <AuditTable events={loaderData.events} />
      <Pager offset={loaderData.offset} limit={AUDIT_PAGE} total={loaderData.total} />
    </AdminPage>
  );
}

export const headers = adminHeaders;
export const ErrorBoundary = AdminErrorBoundary;
