import "./office-dashboard.css";
import {
  Alert,
  Anchor,
  Box,
  Button,
  Container,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { Form, Link } from "react-router";
import { type Locale, pickText } from "../../../contracts/common/locale-text.ts";
import {
  openSupportStatuses,
  supportPriorities,
  supportPriorityNames,
  supportStatusNames,
} from "../../../contracts/support-requests/vocabulary.ts";
import { href } from "../../i18n/locale.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { DataTable, Th } from "../admin/data-table.tsx";
import { durationText } from "../offices/format.ts";
import { HorizontalBars, WeeklyBars, WeeklyLines } from "./charts.tsx";
import type { DashboardData } from "./office-dashboard.server.ts";

const numberLocale = (locale: Locale) => (locale === "ko" ? "ko-KR" : "en-US");

/** 0.8333 → "83%" (one decimal below 10 %), null → "—". */
function percent(value: number | null, locale: Locale): string {
  if (value === null) return "—";
  return new Intl.NumberFormat(numberLocale(locale), {
    style: "percent",
    maximumFractionDigits: value < 0.1 && value > 0 ? 1 : 0,
  }).format(value);
}

/** "2026-03-02" → "3. 2." / "3/2": the Monday of a week, short enough for twelve under a chart. */
function weekLabel(week: string, locale: Locale): string {
  return new Intl.DateTimeFormat(numberLocale(locale), {
    month: "numeric",
    day: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${week}T00:00:00Z`));
}

/** 30154 → "30,154". */
const count = (value: number, locale: Locale) => new Intl.NumberFormat(numberLocale(locale)).format(value);

/** `/offices/:id/dashboard`: headline figures, then charts, each with the same figures as a table. */
export function DashboardPage({ data }: { data: DashboardData }) {
  const t = useT();
  const locale = useLocale();
  const { office } = data;
  const name = pickText(office.name, locale);
  const base = `/offices/${office.id}`;
  return (
    <Container size="lg" py={{ base: "lg", sm: "xl" }}>
      <Group gap="md">
        <Anchor component={Link} to={href(base, locale)} c="daegu.9" size="sm" fw={600}>
          ← {t("dashboard.back")}
        </Anchor>
        <Anchor component={Link} to={href(`${base}/queue`, locale)} c="daegu.9" size="sm" fw={600}>
          {t("dashboard.queue")}
        </Anchor>
      </Group>
      <Stack gap="xs" mt="md">
        <Title order={1} fz={{ base: 26, sm: 34 }}>
          {t("dashboard.title", { office: name })}
        </Title>
        <Text c="gray.8">{t("dashboard.lead", { zone: office.timeZone })}</Text>
        <Text fw={600} data-testid="dashboard-period">
          {t("dashboard.period.shown", { from: data.period.from, to: data.period.to, zone: office.timeZone })}
        </Text>
      </Stack>
      <PeriodForm data={data} />
      <Figures data={data} />
      <Charts data={data} />
    </Container>
  );
}

function PeriodForm({ data }: { data: DashboardData }) {
  const t = useT();
  const locale = useLocale();
  const hasErrors = Boolean(data.errors.from || data.errors.to);
  return (
    <Box component={Form} method="get" mt="lg">
      {hasErrors && (
        <Alert color="red" variant="light" role="alert" mb="sm">
          {[data.errors.from, data.errors.to].filter(Boolean).join(" · ")}
        </Alert>
      )}
      <fieldset className="od-period">
        <legend>{t("dashboard.period.legend")}</legend>
        <TextInput
          type="date"
          name="from"
          label={t("dashboard.period.from")}
          defaultValue={data.period.from}
          error={data.errors.from}
        />
        <TextInput
          type="date"
          name="to"
          label={t("dashboard.period.to")}
          defaultValue={data.period.to}
          error={data.errors.to}
        />
        <Button type="submit">{t("dashboard.period.apply")}</Button>
        <Anchor
          component={Link}
          to={href(`/offices/${data.office.id}/dashboard`, locale)}
          c="daegu.9"
          fw={600}
        >
          {t("dashboard.period.reset")}
        </Anchor>
      </fieldset>
      <Text size="sm" c="gray.7" mt={4}>
        {t("dashboard.period.hint", { zone: data.office.timeZone })}
      </Text>
    </Box>
  );
}

function Figure({
  label,
  value,
  hint,
  tone,
  to,
  testId,
}: {
  label: string;
  value: string;
  hint?: string;
  tone?: "alert";
  to?: string;
  testId: string;
}) {
  return (
    <li className="od-figure" data-tone={tone} data-testid={testId}>
      <div className="od-figure-label">{label}</div>
      <div className="od-figure-value">
        {to ? (
          <Anchor component={Link} to={to} inherit c="inherit" underline="always">
            {value}
          </Anchor>
        ) : (
          value
        )}
      </div>
      {hint && <div className="od-figure-hint">{hint}</div>}
    </li>
  );
}

function Figures({ data }: { data: DashboardData }) {
  const t = useT();
  const locale = useLocale();
  const { dashboard } = data;
  const open = Object.values(dashboard.openByStatus).reduce((sum, n) => sum + n, 0);
  const queue = `/offices/${data.office.id}/queue`;
  const median = dashboard.medianFirstResponseMinutes;
  const average = dashboard.satisfaction.average;
  return (
    <Box component="section" aria-labelledby="od-figures" mt={40}>
      <Title order={2} fz="xl" id="od-figures" mb="sm">
        {t("dashboard.figures")}
      </Title>
      <ul className="od-figures">
        <Figure
          testId="figure-open"
          label={t("dashboard.open")}
          value={count(open, locale)}
          to={href(`${queue}?status=open`, locale)}
        />
        <Figure
          testId="figure-at-risk"
          label={t("dashboard.atRisk")}
          value={count(dashboard.atRisk, locale)}
          tone={dashboard.atRisk > 0 ? "alert" : undefined}
          hint={t("dashboard.atRiskHint", { minutes: durationText(data.office.warnBeforeMinutes, locale) })}
          to={href(`${queue}?sla=at-risk`, locale)}
        />
        <Figure
          testId="figure-first-response"
          label={t("dashboard.firstResponse")}
          value={percent(dashboard.compliance.firstResponse, locale)}
          hint={t("dashboard.complianceHint")}
        />
        <Figure
          testId="figure-resolution"
          label={t("dashboard.resolution")}
          value={percent(dashboard.compliance.resolution, locale)}
          hint={t("dashboard.complianceHint")}
        />
        <Figure
          testId="figure-median"
          label={t("dashboard.median")}
          value={median === null ? t("dashboard.none") : durationText(Math.round(median), locale)}
          hint={t("dashboard.medianHint")}
        />
        <Figure
          testId="figure-breaches"
          label={t("dashboard.breaches")}
          value={count(dashboard.breaches.firstResponse + dashboard.breaches.resolution, locale)}
          tone={dashboard.breaches.firstResponse + dashboard.breaches.resolution > 0 ? "alert" : undefined}
          hint={t("dashboard.breachesValue", {
            firstResponse: count(dashboard.breaches.firstResponse, locale),
            resolution: count(dashboard.breaches.resolution, locale),
          })}
        />
        <Figure
          testId="figure-satisfaction"
          label={t("dashboard.satisfaction")}
          value={
            average === null
              ? t("dashboard.none")
              : t("dashboard.satisfactionValue", {
                  average: new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: 1 }).format(
                    average,
                  ),
                })
          }
          hint={t("dashboard.satisfactionCount", { count: count(dashboard.satisfaction.count, locale) })}
        />
      </ul>
    </Box>
  );
}

function Charts({ data }: { data: DashboardData }) {
  const t = useT();
  const locale = useLocale();
  const { dashboard } = data;
  const queue = `/offices/${data.office.id}/queue`;
  const statusBars = openSupportStatuses.map((status) => ({
    key: status,
    label: supportStatusNames[status][locale],
    value: dashboard.openByStatus[status] ?? 0,
  }));
  const priorityBars = [...supportPriorities].reverse().map((priority) => ({
    key: priority,
    label: supportPriorityNames[priority][locale],
    value: dashboard.openByPriority[priority] ?? 0,
  }));
  const summary = (bars: { label: string; value: number }[]) =>
    t("dashboard.chartSummary.status", {
      total: count(
        bars.reduce((sum, bar) => sum + bar.value, 0),
        locale,
      ),
      parts: bars.map((bar) => `${bar.label} ${count(bar.value, locale)}`).join(", "),
    });
  const weeks = dashboard.weeks.map((week) => weekLabel(week.week, locale));
  const created = dashboard.weeks.reduce((sum, week) => sum + week.created, 0);
  const resolved = dashboard.weeks.reduce((sum, week) => sum + week.resolved, 0);
  return (
    <Stack component="section" gap={48} mt={48}>
      <div className="od-charts">
        <figure className="od-chart-figure" data-testid="chart-status">
          <figcaption>{t("dashboard.byStatus")}</figcaption>
          <HorizontalBars
            format={(value) => count(value, locale)}
            bars={statusBars}
            title={t("dashboard.byStatus")}
            description={summary(statusBars)}
          />
          <details className="od-table">
            <summary>{t("dashboard.showTable")}</summary>
            <DataTable
              caption={t("dashboard.byStatus")}
              minWidth={260}
              head={
                <Table.Tr>
                  <Th>{t("dashboard.col.status")}</Th>
                  <Th>{t("dashboard.col.count")}</Th>
                </Table.Tr>
              }
            >
              {statusBars.map((bar) => (
                <Table.Tr key={bar.key}>
                  <Table.Td>
                    <Anchor component={Link} to={href(`${queue}?status=${bar.key}`, locale)} c="daegu.9">
                      {bar.label}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{count(bar.value, locale)}</Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          </details>
        </figure>
        <figure className="od-chart-figure" data-testid="chart-priority">
          <figcaption>{t("dashboard.byPriority")}</figcaption>
          <HorizontalBars
            format={(value) => count(value, locale)}
            bars={priorityBars}
            title={t("dashboard.byPriority")}
            description={summary(priorityBars)}
          />
          <details className="od-table">
            <summary>{t("dashboard.showTable")}</summary>
            <DataTable
              caption={t("dashboard.byPriority")}
              minWidth={260}
              head={
                <Table.Tr>
                  <Th>{t("dashboard.col.priority")}</Th>
                  <Th>{t("dashboard.col.count")}</Th>
                </Table.Tr>
              }
            >
              {priorityBars.map((bar) => (
                <Table.Tr key={bar.key}>
                  <Table.Td>{bar.label}</Table.Td>
                  <Table.Td>{count(bar.value, locale)}</Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          </details>
        </figure>
      </div>

      <figure className="od-chart-figure" data-testid="chart-weekly">
        <figcaption>{t("dashboard.weekly")}</figcaption>
        <WeeklyBars
          format={(value) => count(value, locale)}
          title={t("dashboard.weekly")}
          description={`${t("dashboard.chartSummary.weekly", { weeks: weeks.length, created, resolved })}. ${dashboard.weeks
            .map(
              (w, i) =>
                `${weeks[i]}: ${t("dashboard.legend.created")} ${w.created}, ${t("dashboard.legend.resolved")} ${w.resolved}`,
            )
            .join("; ")}`}
          weeks={weeks}
          series={[
            {
              key: "created",
              label: t("dashboard.legend.created"),
              values: dashboard.weeks.map((w) => w.created),
            },
            {
              key: "resolved",
              label: t("dashboard.legend.resolved"),
              values: dashboard.weeks.map((w) => w.resolved),
            },
          ]}
        />
      </figure>

      <figure className="od-chart-figure" data-testid="chart-compliance">
        <figcaption>{t("dashboard.weeklyCompliance")}</figcaption>
        <WeeklyLines
          title={t("dashboard.weeklyCompliance")}
          description={`${t("dashboard.chartSummary.compliance", { weeks: weeks.length })}. ${dashboard.weeks
            .map(
              (w, i) =>
                `${weeks[i]}: ${t("dashboard.legend.firstResponse")} ${percent(w.firstResponseCompliance, locale)}, ${t("dashboard.legend.resolution")} ${percent(w.resolutionCompliance, locale)}`,
            )
            .join("; ")}`}
          weeks={weeks}
          format={(value) => percent(value, locale)}
          series={[
            {
              key: "firstResponse",
              label: t("dashboard.legend.firstResponse"),
              values: dashboard.weeks.map((w) => w.firstResponseCompliance),
            },
            {
              key: "resolution",
              label: t("dashboard.legend.resolution"),
              values: dashboard.weeks.map((w) => w.resolutionCompliance),
            },
          ]}
        />
      </figure>

      <details className="od-table" data-testid="weekly-table">
        <summary>{t("dashboard.showTable")}</summary>
        <DataTable
          caption={`${t("dashboard.weekly")} · ${t("dashboard.weeklyCompliance")}`}
          minWidth={560}
          head={
            <Table.Tr>
              <Th>{t("dashboard.col.week")}</Th>
              <Th>{t("dashboard.col.created")}</Th>
              <Th>{t("dashboard.col.resolved")}</Th>
              <Th>{t("dashboard.col.firstResponse")}</Th>
              <Th>{t("dashboard.col.resolution")}</Th>
            </Table.Tr>
          }
        >
          {dashboard.weeks.map((week) => (
            <Table.Tr key={week.week}>
              <Table.Td>
                <time dateTime={week.week}>{week.week}</time>
              </Table.Td>
              <Table.Td>{count(week.created, locale)}</Table.Td>
              <Table.Td>{count(week.resolved, locale)}</Table.Td>
              <Table.Td>{percent(week.firstResponseCompliance, locale)}</Table.Td>
              <Table.Td>{percent(week.resolutionCompliance, locale)}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </details>
    </Stack>
  );
}
