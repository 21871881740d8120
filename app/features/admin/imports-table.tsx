import { Anchor, Badge, Table, Text } from "@mantine/core";
import { Link } from "react-router";
import type { ImportSummary } from "../../../contracts/interchange/import.ts";
import { href } from "../../i18n/locale.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { DataTable, Th, TimeCell } from "./data-table.tsx";
import type { Stamp } from "./format.ts";

/** An import as the pages show it: times already in the page language (formatted by the loader). */
export type ImportRow = Omit<ImportSummary, "createdAt" | "finishedAt"> & {
  createdAt: Stamp;
  finishedAt: Stamp | null;
};

// "dot" badges: the colour is in the dot, the text stays dark on white (contrast well above 4.5:1).
const statusColor = { running: "blue", done: "teal", invalid: "orange", failed: "red" } as const;

export function ImportStatusBadge({ status }: { status: ImportRow["status"] }) {
  const t = useT();
  return (
    <Badge color={statusColor[status]} variant="dot" size="lg">
      {t(`imports.status.${status}`)}
    </Badge>
  );
}

/** Numbers with the page language's grouping (the same digits on the server and in every browser). */
export function useNumber() {
  const locale = useLocale();
  const format = new Intl.NumberFormat(locale === "ko" ? "ko-KR" : "en-US");
  return (value: number) => format.format(value);
}

/** One line of what an import did: created/updated, its problems, or how far it has come. */
function useResult() {
  const t = useT();
  const number = useNumber();
  return (row: ImportRow) => {
    if (row.status === "done" && row.counts) {
      const all = Object.values(row.counts);
      const created = all.reduce((sum, count) => sum + count.created, 0);
      const updated = all.reduce((sum, count) => sum + count.updated, 0);
      return `${t("imports.result.created", { count: number(created) })} · ${t("imports.result.updated", { count: number(updated) })}`;
    }
    if (row.status === "invalid") return t("imports.result.problems", { count: number(row.problemCount) });
    if (row.status === "running") {
      const phase = t(row.phase === "writing" ? "imports.phase.writing" : "imports.phase.validating");
      const percent = row.totalLines > 0 ? Math.floor((row.processedLines / row.totalLines) * 100) : 0;
      return `${phase} ${percent}%`;
    }
    return "—";
  };
}

export function ImportsTable({ imports }: { imports: ImportRow[] }) {
  const t = useT();
  const locale = useLocale();
  const number = useNumber();
  const result = useResult();
  if (imports.length === 0) {
    return (
      <Text c="gray.8" py="lg">
        {t("imports.list.empty")}
      </Text>
    );
  }
  return (
    <DataTable
      caption={t("imports.list.caption")}
      note={t("admin.times")}
      minWidth={960}
      head={
        <Table.Tr>
          <Th>{t("imports.col.file")}</Th>
          <Th>{t("imports.col.status")}</Th>
          <Th>{t("imports.col.lines")}</Th>
          <Th>{t("imports.col.result")}</Th>
          <Th>{t("imports.col.by")}</Th>
          <Th>{t("imports.col.created")}</Th>
          <Th>{t("imports.col.finished")}</Th>
        </Table.Tr>
      }
    >
      {imports.map((row) => (
        <Table.Tr key={row.id}>
          <Table.Th scope="row" fw={600} style={{ wordBreak: "break-all" }}>
            <Anchor
              component={Link}
              to={href(`/admin/imports/${row.id}`, locale)}
              c="daegu.9"
              underline="always"
            >
              {row.fileName}
            </Anchor>
          </Table.Th>
          <Table.Td style={{ whiteSpace: "nowrap" }}>
            <ImportStatusBadge status={row.status} />
          </Table.Td>
          <Table.Td style={{ whiteSpace: "nowrap" }}>{number(row.totalLines)}</Table.Td>
          <Table.Td style={{ whiteSpace: "nowrap" }}>{result(row)}</Table.Td>
          <Table.Td>{row.createdBy}</Table.Td>
          <TimeCell value={row.createdAt} />
          <TimeCell value={row.finishedAt} />
        </Table.Tr>
      ))}
    </DataTable>
  );
}
