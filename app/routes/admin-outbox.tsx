import { data } from "react-router";
import { appContext } from "#app-context";
import { adminHeaders, offsetOf, requireAdmin } from "../features/admin/admin.server.ts";
import { AdminErrorBoundary } from "../features/admin/admin-error.tsx";
import { AdminPage } from "../features/admin/admin-page.tsx";
import { stamp } from "../features/admin/format.ts";
import { type OutboxMail, OutboxMailView } from "../features/admin/outbox-mail.tsx";
import { type OutboxRow, OutboxTable } from "../features/admin/outbox-table.tsx";
import { Pager } from "../features/admin/pager.tsx";
import { localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import { useT } from "../i18n/use-locale.ts";
import type { Route } from "./+types/admin-outbox.ts";

const PAGE = 25;

export async function loader(args: Route.LoaderArgs) {
  const caller = requireAdmin(args, "outbox");
  const url = new URL(args.request.url);
  const locale = localeFromPath(url.pathname);
  const { mail } = args.context.get(appContext).services;
  const offset = offsetOf(url);
  const id = url.searchParams.get("id");
  const [list, open] = await Promise.all([
    mail.listOutbox(caller, { limit: PAGE, offset }),
    id ? mail.getOutboxMail(caller, id) : undefined,
  ]);
  if (id && !open) throw data(null, { status: 404 });
  // Only what the page shows travels to the browser: never the stored HTML, and bodies only of the open mail.
  const row = (view: (typeof list.items)[number]): OutboxRow => ({
    id: view.id,
    to: view.to,
    kind: view.kind,
    locale: view.locale,
    subject: view.subject,
    status: view.status,
    attempts: view.attempts,
    createdAt: stamp(view.createdAt, locale),
    sentAt: stamp(view.sentAt, locale),
  });
  const opened: OutboxMail | null = open
    ? { ...row(open), text: open.text, lastError: open.lastError }
    : null;
  return { mails: list.items.map(row), total: list.total, offset, open: opened };
}

export function meta({ location }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  return [
    { title: `${translate(locale, "admin.outbox.title")} — ${translate(locale, "site.name")}` },
    { name: "robots", content: "noindex" },
  ];
}

export default function AdminOutbox({ loaderData }: Route.ComponentProps) {
  const t = useT();
  return (
    <AdminPage title={t("admin.outbox.title")} lead={t("admin.outbox.lead")}>
      {loaderData.open && <OutboxMailView mail={loaderData.open} />}
      <OutboxTable mails={loaderData.mails} openId={loaderData.open?.id ?? null} />
      <Pager offset={loaderData.offset} limit={PAGE} total={loaderData.total} />
    </AdminPage>
  );
}

export const headers = adminHeaders;
export const ErrorBoundary = AdminErrorBoundary;
