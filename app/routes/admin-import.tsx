import { Anchor, Group } from "@mantine/core";
import { useEffect } from "react";
import { Link, useRevalidator } from "react-router";
import { appContext } from "#app-context";
import { adminHeaders, offsetOf, requireAdmin } from "../features/admin/admin.server.ts";
import { AdminErrorBoundary } from "../features/admin/admin-error.tsx";
import { AdminPage } from "../features/admin/admin-page.tsx";
import { stamp } from "../features/admin/format.ts";
import {
  ImportCounts,
  ImportFailed,
  ImportProgress,
  ImportReport,
} from "../features/admin/import-detail.tsx";
import type { ImportRow } from "../features/admin/imports-table.tsx";
import { Pager } from "../features/admin/pager.tsx";
import { href, localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import { useLocale, useT } from "../i18n/use-locale.ts";
import { asRoute } from "../route-errors.server.ts";
import type { Route } from "./+types/admin-import.ts";

/** Problems per page of the report: a file with thousands of bad lines stays a light page. */
const PAGE = 100;
/** How often a running import's page asks for its state again. */
const POLL_MS = 700;

export async function loader(args: Route.LoaderArgs) {
  const caller = requireAdmin(args, "imports");
  const url = new URL(args.request.url);
  const locale = localeFromPath(url.pathname);
  const { services } = args.context.get(appContext);
  const { problems, ...view } = await asRoute(services.interchange.getImport(caller, args.params.id));
  const offset = Math.min(offsetOf(url), Math.max(0, problems.length - 1));
  const row: ImportRow = {
    ...view,
    createdAt: stamp(view.createdAt, locale),
    finishedAt: stamp(view.finishedAt, locale),
  };
  // Only one page of the report travels to the browser.
  return { row, problems: problems.slice(offset, offset + PAGE), kept: problems.length, offset };
}

export function meta({ location, loaderData }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  const title = loaderData
    ? translate(locale, "imports.detail.title", { name: loaderData.row.fileName })
    : translate(locale, "imports.title");
  return [{ title: `${title} — ${translate(locale, "site.name")}` }, { name: "robots", content: "noindex" }];
}

/** While the import runs, asks the loader again every POLL_MS (after the previous answer has arrived). */
function usePolling(running: boolean) {
  const revalidator = useRevalidator();
  useEffect(() => {
    if (!running || revalidator.state !== "idle") return;
    const timer = setTimeout(() => void revalidator.revalidate(), POLL_MS);
    return () => clearTimeout(timer);
  }, [running, revalidator]);
}

export default function AdminImport({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { row, problems, kept, offset } = loaderData;
  usePolling(row.status === "running");
  return (
    <AdminPage
      title={t("imports.detail.title", { name: row.fileName })}
      lead={t("imports.detail.lead", { by: row.createdBy, at: row.createdAt.text })}
    >
      <ImportProgress row={row} />
      {row.status === "done" && row.counts && <ImportCounts counts={row.counts} total={row.totalLines} />}
      {row.status === "invalid" && (
        <>
          <ImportReport problems={problems} problemCount={row.problemCount} kept={kept} />
          <Pager offset={offset} limit={PAGE} total={kept} />
        </>
      )}
      {row.status === "failed" && <ImportFailed />}
      <Group mt="xl" gap="lg">
        <Anchor component={Link} to={href("/admin/imports", locale)} c="daegu.9" fw={600}>
          {row.status === "running" ? t("imports.detail.back") : t("imports.detail.again")}
        </Anchor>
      </Group>
    </AdminPage>
  );
}

export const headers = adminHeaders;
export const ErrorBoundary = AdminErrorBoundary;
