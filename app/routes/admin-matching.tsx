import { Stack, Table, Text, Title } from "@mantine/core";
import { matchFeatureNames } from "../../contracts/matching/vocabulary.ts";
import { adminHeaders } from "../features/admin/admin.server.ts";
import { AdminErrorBoundary } from "../features/admin/admin-error.tsx";
import { AdminPage } from "../features/admin/admin-page.tsx";
import { loadMatchingAdmin } from "../features/matching/matches.server.ts";
import { localeFromPath } from "../i18n/locale.ts";
import { type MessageKey, translate } from "../i18n/messages.ts";
import { useT } from "../i18n/use-locale.ts";
import type { Route } from "./+types/admin-matching.ts";

export const loader = (args: Route.LoaderArgs) => loadMatchingAdmin(args);

export function headers() {
  return adminHeaders();
}

export function meta({ location }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  return [
    { title: `${translate(locale, "matching.admin.title")} — ${translate(locale, "site.name")}` },
    { name: "robots", content: "noindex" },
  ];
}

/** The weights in use (learned from verdicts, or the defaults) and the verdicts behind them. */
export default function AdminMatching({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { weights, samples, updatedAt, verdicts } = loaderData;
  return (
    <AdminPage title={t("matching.admin.title")} lead={t("matching.admin.lead")}>
      <Stack gap="lg">
        <Text>
          {samples > 0 ? t("matching.admin.samples", { count: samples }) : t("matching.admin.defaults")}
          {updatedAt && ` · ${t("matching.admin.updated", { time: updatedAt.text })}`}
        </Text>
        <Table striped withTableBorder maw={560}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("matching.admin.feature")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("matching.admin.weight")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {matchFeatureNames.map((name) => (
              <Table.Tr key={name}>
                <Table.Td>{t(`matching.feature.${name}`)}</Table.Td>
                <Table.Td ta="right">{weights[name].toFixed(3)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Title order={2} fz="xl">
          {t("matching.admin.verdicts")}
        </Title>
        {verdicts.length === 0 ? (
          <Text c="gray.8">{t("matching.admin.noVerdicts")}</Text>
        ) : (
          <Table striped withTableBorder maw={560}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("matching.admin.verdict")}</Table.Th>
                <Table.Th scope="col">{t("matching.admin.reason")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("matching.admin.count")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {verdicts.map((row) => (
                <Table.Tr key={`${row.verdict}-${row.reason}`}>
                  <Table.Td>
                    {t(row.verdict === "useful" ? "matching.verdict.useful" : "matching.verdict.notUseful")}
                  </Table.Td>
                  <Table.Td>{row.reason ? t(`matching.reason.${row.reason}` as MessageKey) : "—"}</Table.Td>
                  <Table.Td ta="right">{row.n}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </AdminPage>
  );
}

export const ErrorBoundary = AdminErrorBoundary;
