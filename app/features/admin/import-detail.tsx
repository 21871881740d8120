import { Alert, Anchor, Group, Paper, Progress, Table, Text } from "@mantine/core";
import { Link, useLocation } from "react-router";
import type { ImportProblem, ImportSummary } from "../../../contracts/interchange/import.ts";
import { useT } from "../../i18n/use-locale.ts";
import { DataTable, Th } from "./data-table.tsx";
import { type ImportRow, ImportStatusBadge, useNumber } from "./imports-table.tsx";

/**
 * Where a running import is: its phase and a bar of processed / total lines. Only the status and
 * phase are announced (a live region re-reading numbers every second would drown a screen reader).
 */
export function ImportProgress({ row }: { row: ImportRow }) {
  const t = useT();
  const number = useNumber();
  const location = useLocation();
  const running = row.status === "running";
  const processed = running ? row.processedLines : row.totalLines;
  const percent = row.totalLines > 0 ? Math.min(100, Math.round((processed / row.totalLines) * 100)) : 100;
  const amount = t(row.phase === "writing" ? "imports.progress.records" : "imports.progress.lines", {
    processed: number(processed),
    total: number(row.totalLines),
  });
  const phase = running
    ? t(row.phase === "writing" ? "imports.phase.writing" : "imports.phase.validating")
    : null;
  return (
    <Paper withBorder p="lg" radius="md" mb="xl">
      <Group justify="space-between" align="center" mb="sm" wrap="wrap">
        <Group gap="sm" role="status" aria-live="polite" data-testid="import-status">
          <ImportStatusBadge status={row.status} />
          {phase && (
            <Text fw={700} data-testid="import-phase">
              {phase}
            </Text>
          )}
        </Group>
        <Text c="gray.8" data-testid="import-amount">
          {amount}
        </Text>
      </Group>
      <Progress.Root
        size="xl"
        radius="md"
        role="progressbar"
        aria-label={t("imports.progress.label")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={phase ? `${phase}: ${amount}` : amount}
      >
        <Progress.Section
          value={percent}
          withAria={false}
          color={row.status === "invalid" || row.status === "failed" ? "gray.6" : "daegu"}
          striped={running}
          animated={running}
        />
      </Progress.Root>
      {running && (
        <Group justify="space-between" mt="sm" wrap="wrap">
          <Text c="gray.8" size="sm">
            {t("imports.progress.auto")}
          </Text>
          {/* Without JavaScript the page cannot poll: one click shows the latest state. */}
          <Anchor
            component={Link}
            to={location.pathname + location.search}
            c="daegu.9"
            size="sm"
            reloadDocument
          >
            {t("imports.progress.refresh")}
          </Anchor>
        </Group>
      )}
    </Paper>
  );
}

/** Created and updated records per type, once an import is done. */
export function ImportCounts({
  counts,
  total,
}: {
  counts: NonNullable<ImportSummary["counts"]>;
  total: number;
}) {
  const t = useT();
  const number = useNumber();
  return (
    <>
      <Alert color="teal" variant="light" mb="lg">
        {/* A heading in black, not Alert's coloured title: light tints of teal fail 4.5:1 on their own background. */}
        <Text fw={700}>{t("imports.done.title")}</Text>
        <Text size="sm">{t("imports.done.body", { total: number(total) })}</Text>
      </Alert>
      <DataTable
        caption={t("imports.counts.caption")}
        minWidth={420}
        head={
          <Table.Tr>
            <Th>{t("imports.counts.type")}</Th>
            <Th>{t("imports.counts.created")}</Th>
            <Th>{t("imports.counts.updated")}</Th>
          </Table.Tr>
        }
      >
        {(["organization", "zone", "opportunity"] as const).map((type) => (
          <Table.Tr key={type} data-testid={`count-${type}`}>
            <Table.Th scope="row">{t(`imports.type.${type}`)}</Table.Th>
            <Table.Td>{number(counts[type].created)}</Table.Td>
            <Table.Td>{number(counts[type].updated)}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </>
  );
}

/** The validation report: every bad line (one page of it), named as the CLI names it. */
export function ImportReport(props: { problems: ImportProblem[]; problemCount: number; kept: number }) {
  const t = useT();
  const number = useNumber();
  return (
    <>
      <Alert color="orange" variant="light" mb="lg">
        <Text fw={700}>{t("imports.invalid.title")}</Text>
        <Text size="sm">{t("imports.invalid.body", { count: number(props.problemCount) })}</Text>
        {props.problemCount > props.kept && (
          <Text size="sm" mt={4}>
            {t("imports.invalid.truncated", { kept: number(props.kept) })}
          </Text>
        )}
      </Alert>
      <DataTable
        caption={t("imports.report.caption")}
        minWidth={640}
        head={
          <Table.Tr>
            <Th>{t("imports.report.line")}</Th>
            <Th>{t("imports.report.field")}</Th>
            <Th>{t("imports.report.message")}</Th>
          </Table.Tr>
        }
      >
        {props.problems.map((problem) => (
          <Table.Tr key={`${problem.line}:${problem.field}:${problem.message}`}>
            <Table.Th scope="row" style={{ whiteSpace: "nowrap" }}>
              {number(problem.line)}
            </Table.Th>
            <Table.Td style={{ wordBreak: "break-all" }}>
              <code>{problem.field}</code>
            </Table.Td>
            <Table.Td>{problem.message}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </>
  );
}

/** What a stopped import means: nothing was written; upload again. */
export function ImportFailed() {
  const t = useT();
  return (
    <Alert color="red" variant="light" mb="lg">
      <Text fw={700}>{t("imports.failed.title")}</Text>
      <Text size="sm">{t("imports.failed.body")}</Text>
    </Alert>
  );
}
