import { Anchor, Table, Text } from "@mantine/core";
import { Link } from "react-router";
import { pickText } from "../../../contracts/common/locale-text.ts";
import { href } from "../../i18n/locale.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { DataTable, Th, TimeCell } from "../admin/data-table.tsx";
import { langOf } from "../organizations/format.ts";
import type { IntroductionRowData } from "./introductions.server.ts";
import { StatusBadge } from "./status.tsx";

/** Introductions as a table: the pair links to the introduction's page. */
export function IntroductionsTable({
  caption,
  note,
  rows,
  empty,
}: {
  caption: string;
  note?: string;
  rows: IntroductionRowData[];
  empty: React.ReactNode;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <DataTable
      caption={caption}
      {...(note ? { note } : {})}
      minWidth={640}
      head={
        <Table.Tr>
          <Th>{t("introductions.col.pair")}</Th>
          <Th>{t("introductions.col.opportunity")}</Th>
          <Th>{t("introductions.col.status")}</Th>
          <Th>{t("introductions.col.requested")}</Th>
        </Table.Tr>
      }
    >
      {rows.length === 0 ? (
        <Table.Tr>
          <Table.Td colSpan={4}>{empty}</Table.Td>
        </Table.Tr>
      ) : (
        rows.map((row) => {
          const company = pickText(row.company.name, locale);
          const partner = pickText(row.partner.name, locale);
          return (
            <Table.Tr key={row.id}>
              <Table.Td>
                <Anchor component={Link} to={href(`/introductions/${row.id}`, locale)} c="daegu.9" fw={600}>
                  <span lang={langOf(row.company.name, locale)}>{company}</span> ↔{" "}
                  <span lang={langOf(row.partner.name, locale)}>{partner}</span>
                </Anchor>
              </Table.Td>
              <Table.Td>
                {row.opportunity ? (
                  <Text size="sm" lang={langOf(row.opportunity.title, locale)}>
                    {pickText(row.opportunity.title, locale)}
                  </Text>
                ) : (
                  <Text size="sm" c="gray.7">
                    {t("introductions.general")}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <StatusBadge status={row.status} />
              </Table.Td>
              <TimeCell value={row.requested} />
            </Table.Tr>
          );
        })
      )}
    </DataTable>
  );
}
