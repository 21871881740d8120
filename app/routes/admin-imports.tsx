import { Title } from "@mantine/core";
import { data, redirect } from "react-router";
import { appContext } from "#app-context";
import { adminHeaders, offsetOf, requireAdmin } from "../features/admin/admin.server.ts";
import { AdminErrorBoundary } from "../features/admin/admin-error.tsx";
import { AdminPage } from "../features/admin/admin-page.tsx";
import { stamp } from "../features/admin/format.ts";
import { ImportUploadForm } from "../features/admin/import-upload-form.tsx";
import { readUpload } from "../features/admin/imports.server.ts";
import { type ImportRow, ImportsTable } from "../features/admin/imports-table.tsx";
import { Pager } from "../features/admin/pager.tsx";
import { href, localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import { useT } from "../i18n/use-locale.ts";
import type { Route } from "./+types/admin-imports.ts";

const PAGE = 20;

export async function loader(args: Route.LoaderArgs) {
  const caller = requireAdmin(args, "imports");
  const url = new URL(args.request.url);
  const locale = localeFromPath(url.pathname);
  const offset = offsetOf(url);
  const { items, total } = await args.context
    .get(appContext)
    .services.interchange.listImports(caller, { limit: PAGE, offset });
  const imports: ImportRow[] = items.map((item) => ({
    ...item,
    createdAt: stamp(item.createdAt, locale),
    finishedAt: stamp(item.finishedAt, locale),
  }));
  return { imports, total, offset };
}

/** Reads the uploaded file, starts the import in this process and shows its progress page. */
export async function action(args: Route.ActionArgs) {
  const caller = requireAdmin(args, "imports");
  const locale = localeFromPath(new URL(args.request.url).pathname);
  const upload = await readUpload(args.request);
  if (!upload.ok) return data({ error: upload.error }, 400);
  const started = await args.context.get(appContext).services.interchange.startImport(caller, {
    fileName: upload.fileName,
    text: upload.text,
    locale,
  });
  // Not `url.pathname`: a script-driven submission arrives at `/admin/imports.data`.
  return redirect(href(`/admin/imports/${started.id}`, locale));
}

export function meta({ location }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  return [
    { title: `${translate(locale, "imports.title")} — ${translate(locale, "site.name")}` },
    { name: "robots", content: "noindex" },
  ];
}

export default function AdminImports({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <AdminPage title={t("imports.title")} lead={t("imports.lead")}>
      <ImportUploadForm error={actionData?.error} />
      <Title order={2} fz={20} mb="sm">
        {t("imports.list.title")}
      </Title>
      <ImportsTable imports={loaderData.imports} />
      <Pager offset={loaderData.offset} limit={PAGE} total={loaderData.total} />
    </AdminPage>
  );
}

export const headers = adminHeaders;
export const ErrorBoundary = AdminErrorBoundary;
