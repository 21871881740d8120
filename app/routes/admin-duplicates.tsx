import { Alert, Stack, Text } from "@mantine/core";
import { pickText } from "../../contracts/common/locale-text.ts";
import { adminHeaders } from "../features/admin/admin.server.ts";
import { AdminErrorBoundary } from "../features/admin/admin-error.tsx";
import { AdminPage } from "../features/admin/admin-page.tsx";
import { duplicatesAction, loadDuplicates } from "../features/admin/curation.server.ts";
import { DuplicateGroupTable, MergeConfirmation } from "../features/admin/duplicate-groups.tsx";
import { localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import { useLocale, useT } from "../i18n/use-locale.ts";
import type { Route } from "./+types/admin-duplicates.ts";

export const loader = (args: Route.LoaderArgs) => loadDuplicates(args);

export const action = (args: Route.ActionArgs) => duplicatesAction(args);

export function headers() {
  return adminHeaders();
}

export function meta({ location }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  return [
    { title: `${translate(locale, "curation.duplicates.title")} — ${translate(locale, "site.name")}` },
    { name: "robots", content: "noindex" },
  ];
}

export default function AdminDuplicates({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { merged } = loaderData;
  return (
    <AdminPage title={t("curation.duplicates.title")} lead={t("curation.duplicates.lead")}>
      <Stack gap="xl">
        {merged && (
          <Alert color="teal" variant="light" role="status">
            {t("curation.notice.merged", { target: pickText(merged.name, locale) })}
            <Text size="sm" mt={4}>
              {merged.relinked.length > 0
                ? t("curation.notice.relinked", { list: merged.relinked.join(", ") })
                : t("curation.notice.nothingRelinked")}
            </Text>
          </Alert>
        )}
        {loaderData.notice && (
          <Alert color="orange" variant="light" role="status">
            {t(`curation.notice.${loaderData.notice}`)}
          </Alert>
        )}
        {loaderData.confirm && <MergeConfirmation confirm={loaderData.confirm} />}
        {loaderData.groups.length === 0 ? (
          <Text c="gray.8">{t("curation.duplicates.empty")}</Text>
        ) : (
          loaderData.groups.map((group) => (
            <DuplicateGroupTable key={`${group.reason}:${group.key}`} group={group} />
          ))
        )}
      </Stack>
    </AdminPage>
  );
}

export const ErrorBoundary = AdminErrorBoundary;
