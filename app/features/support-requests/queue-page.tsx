import "./support-requests.css";
import {
  Alert,
  Anchor,
  Box,
  Button,
  Checkbox,
  Container,
  Group,
  NativeSelect,
  SimpleGrid,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { Form, Link, useLocation } from "react-router";
import { pickText } from "../../../contracts/common/locale-text.ts";
import {
  supportPriorities,
  supportPriorityNames,
  supportServiceNames,
  supportServices,
  supportStatuses,
  supportStatusNames,
} from "../../../contracts/support-requests/vocabulary.ts";
import { href } from "../../i18n/locale.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { DataTable, Th } from "../admin/data-table.tsx";
import { Pager } from "../admin/pager.tsx";
import { langOf } from "../organizations/format.ts";
import type { ClockData } from "./format.ts";
import { toneOf } from "./format.ts";
import type { BulkOutcome, loadQueue } from "./queue.server.ts";
import { LocalTime, remainingText, StatusBadge, toneKeys } from "./status.tsx";

type Data = Awaited<ReturnType<typeof loadQueue>>;
type Row = Data["items"][number];

const sortKeys: Record<string, MessageKey> = {
  due: "support.queue.sort.due",
  created: "support.queue.sort.created",
  updated: "support.queue.sort.updated",
  priority: "support.queue.sort.priority",
};

export function QueuePage({ data, outcome }: { data: Data; outcome: BulkOutcome | undefined }) {
  const t = useT();
  const locale = useLocale();
  const name = data.office.name ? pickText(data.office.name, locale) : t("support.queue.office");
  return (
    <Container size="xl" py={{ base: "lg", sm: "xl" }}>
      <Group gap="lg" wrap="wrap">
        <Anchor component={Link} to={href("/support", locale)} c="daegu.9" size="sm" fw={600}>
          ← {t("support.back")}
        </Anchor>
        <Anchor
          component={Link}
          to={href(`/offices/${data.office.id}/dashboard`, locale)}
          c="daegu.9"
          size="sm"
          fw={600}
        >
          {t("support.queue.dashboard")} →
        </Anchor>
      </Group>
      <Title order={1} mt="md" mb="xs">
        <span lang={langOf(data.office.name, locale)}>{t("support.queue.title", { office: name })}</span>
      </Title>
      <Text c="gray.8" mb="lg" maw={760}>
        {t("support.queue.lead", { zone: data.office.timeZone ?? "—" })}
      </Text>
      <Filters data={data} />
      <BulkResult outcome={outcome} rows={data.items} />
      <BulkForm data={data} outcome={outcome} />
      <Pager offset={data.offset} limit={data.limit} total={data.total} />
    </Container>
  );
}

/** A GET form: the filters and the sort live in the address, so a filtered queue is a link to share. */
function Filters({ data }: { data: Data }) {
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  const f = data.filters;
  const any = Object.keys(f).some((key) => key !== "sort");
  return (
    <Box component="section" aria-labelledby="filters-title" mb="lg" className="support-filters">
      <Title order={2} fz="lg" id="filters-title" mb="sm">
        {t("support.queue.filters")}
      </Title>
      <Form method="get" action={location.pathname}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <NativeSelect
            id="filter-status"
            name="status"
            label={t("support.col.status")}
            defaultValue={f.status ?? ""}
            data={[
              { value: "", label: t("support.filter.all") },
              { value: "open", label: t("support.filter.open") },
              ...supportStatuses.map((s) => ({ value: s, label: supportStatusNames[s][locale] })),
            ]}
          />
          <NativeSelect
            id="filter-priority"
            name="priority"
            label={t("support.col.priority")}
            defaultValue={f.priority ?? ""}
            data={[
              { value: "", label: t("support.filter.all") },
              ...supportPriorities.map((p) => ({ value: p, label: supportPriorityNames[p][locale] })),
            ]}
          />
          <NativeSelect
            id="filter-service"
            name="service"
            label={t("support.col.service")}
            defaultValue={f.service ?? ""}
            data={[
              { value: "", label: t("support.filter.all") },
              ...supportServices.map((s) => ({ value: s, label: supportServiceNames[s][locale] })),
            ]}
          />
          {data.office.countries.length > 0 ? (
            <NativeSelect
              id="filter-market"
              name="market"
              label={t("support.col.market")}
              defaultValue={f.market ?? ""}
              data={[
                { value: "", label: t("support.filter.all") },
                ...data.office.countries.map((c) => ({ value: c.code, label: `${c.name} (${c.code})` })),
              ]}
            />
          ) : (
            <TextInput
              id="filter-market"
              name="market"
              label={t("support.col.market")}
              description={t("support.queue.marketHint")}
              defaultValue={f.market ?? ""}
              maxLength={2}
              autoComplete="off"
            />
          )}
          <NativeSelect
            id="filter-assignee"
            name="assignee"
            label={t("support.col.assignee")}
            defaultValue={f.assignee ?? ""}
            data={[
              { value: "", label: t("support.filter.all") },
              { value: "me", label: t("support.queue.assignee.me") },
              { value: "none", label: t("support.queue.assignee.none") },
              ...data.staff
                .filter((person) => person.id !== data.me)
                .map((person) => ({ value: person.id, label: person.name })),
            ]}
          />
          <NativeSelect
            id="filter-sla"
            name="sla"
            label={t("support.col.sla")}
            defaultValue={f.sla ?? ""}
            data={[
              { value: "", label: t("support.filter.all") },
              { value: "breached", label: t("support.sla.breached") },
              { value: "at-risk", label: t("support.sla.atRisk") },
            ]}
          />
          <TextInput
            id="filter-q"
            name="q"
            type="search"
            label={t("support.queue.q")}
            description={t("support.queue.qHint")}
            defaultValue={f.q ?? ""}
            maxLength={200}
          />
          <NativeSelect
            id="filter-sort"
            name="sort"
            label={t("support.queue.sort")}
            defaultValue={f.sort ?? "due"}
            data={Object.entries(sortKeys).map(([value, key]) => ({ value, label: t(key) }))}
          />
        </SimpleGrid>
        <Group gap="sm" mt="md">
          <Button type="submit">{t("support.queue.apply")}</Button>
          {any && (
            <Button component={Link} to={location.pathname} variant="default">
              {t("support.queue.reset")}
            </Button>
          )}
        </Group>
      </Form>
    </Box>
  );
}

function BulkResult({ outcome, rows }: { outcome: BulkOutcome | undefined; rows: Row[] }) {
  const t = useT();
  if (!outcome || outcome.updated === undefined) return null;
  const numberOf = (id: string) => {
    const row = rows.find((r) => r.id === id);
    return row ? `#${row.number}` : id.slice(0, 8);
  };
  const skipped = outcome.skipped ?? [];
  return (
    <Alert color={skipped.length > 0 ? "orange" : "teal"} variant="light" role="status" mb="md">
      <Text fw={600}>{t("support.bulk.result", { updated: outcome.updated, skipped: skipped.length })}</Text>
      {skipped.length > 0 && (
        <ul className="support-error-list">
          {skipped.map((skip) => (
            <li key={skip.id}>
              {numberOf(skip.id)}: {skip.reason}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}

/** The table with a checkbox per request, and the bulk buttons above it: one form, works without JavaScript. */
function BulkForm({ data, outcome }: { data: Data; outcome: BulkOutcome | undefined }) {
  const t = useT();
  const locale = useLocale();
  const form = useRef<HTMLFormElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const errors = outcome?.errors ?? {};
  const values = outcome?.values ?? {};
  const selectAll = (checked: boolean) => {
    for (const box of form.current?.querySelectorAll<HTMLInputElement>('input[name="ids"]') ?? [])
      box.checked = checked;
  };
  return (
    <Form method="post" ref={form} noValidate>
      <Box component="section" aria-labelledby="bulk-title" mb="md" className="support-bulk">
        <Title order={2} fz="lg" id="bulk-title" mb={4}>
          {t("support.bulk.title")}
        </Title>
        <Text size="sm" c="gray.8" mb="sm">
          {t("support.bulk.lead")}
        </Text>
        {errors.ids && (
          <Alert color="red" variant="light" role="alert" mb="sm">
            {errors.ids}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          <BulkChange
            name="bulkAssignee"
            intent="assign"
            label={t("support.bulk.assignee")}
            apply={t("support.bulk.apply")}
            value={values.bulkAssignee}
            error={errors.bulkAssignee}
            data={[
              { value: "", label: t("support.new.choose") },
              { value: "none", label: t("support.assign.none") },
              ...data.staff.map((person) => ({ value: person.id, label: person.name })),
            ]}
          />
          <BulkChange
            name="bulkPriority"
            intent="priority"
            label={t("support.bulk.priority")}
            apply={t("support.bulk.apply")}
            value={values.bulkPriority}
            error={errors.bulkPriority}
            data={[
              { value: "", label: t("support.new.choose") },
              ...supportPriorities.map((p) => ({ value: p, label: supportPriorityNames[p][locale] })),
            ]}
          />
          <BulkChange
            name="bulkStatus"
            intent="status"
            label={t("support.bulk.status")}
            apply={t("support.bulk.apply")}
            value={values.bulkStatus}
            error={errors.bulkStatus}
            data={[
              { value: "", label: t("support.new.choose") },
              // Waiting on the company needs a message to the company, which a bulk change has no room for.
              ...supportStatuses
                .filter((s) => s !== "new" && s !== "waiting-on-company")
                .map((s) => ({ value: s, label: supportStatusNames[s][locale] })),
            ]}
          />
        </SimpleGrid>
      </Box>
      <DataTable
        caption={t("support.queue.caption", { total: data.total })}
        note={t("support.queue.slaNote")}
        minWidth={1180}
        head={
          <Table.Tr>
            <Table.Th scope="col" className="support-check-cell">
              {ready ? (
                <Checkbox
                  aria-label={t("support.bulk.selectAll")}
                  onChange={(e) => selectAll(e.currentTarget.checked)}
                />
              ) : (
                <span className="support-visually-hidden">{t("support.bulk.select")}</span>
              )}
            </Table.Th>
            <Th>{t("support.col.number")}</Th>
            <Th>{t("support.col.subject")}</Th>
            <Th>{t("support.col.service")}</Th>
            <Th>{t("support.col.market")}</Th>
            <Th>{t("support.col.priority")}</Th>
            <Th>{t("support.col.status")}</Th>
            <Th>{t("support.col.assignee")}</Th>
            <Th>{t("support.sla.firstResponse")}</Th>
            <Th>{t("support.sla.resolution")}</Th>
            <Th>{t("support.col.activity")}</Th>
          </Table.Tr>
        }
      >
        {data.items.length === 0 ? (
          <Table.Tr>
            <Table.Td colSpan={11}>
              <Text py="sm">{t("support.queue.empty")}</Text>
            </Table.Td>
          </Table.Tr>
        ) : (
          data.items.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td className="support-check-cell">
                <Checkbox
                  name="ids"
                  value={row.id}
                  aria-label={t("support.bulk.selectOne", { number: row.number })}
                />
              </Table.Td>
              <Table.Td className="support-nowrap">#{row.number}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={href(`/support/${row.id}`, locale)} c="daegu.9" fw={600}>
                  {row.subject}
                </Anchor>
                <Text size="xs" c="gray.8" lang={langOf(row.company.name, locale)}>
                  {pickText(row.company.name, locale)}
                </Text>
              </Table.Td>
              <Table.Td>{supportServiceNames[row.service][locale]}</Table.Td>
              <Table.Td>
                <abbr title={row.market.name} className="support-abbr">
                  {row.market.code}
                </abbr>
              </Table.Td>
              <Table.Td>{supportPriorityNames[row.priority][locale]}</Table.Td>
              <Table.Td>
                <StatusBadge status={row.status} />
              </Table.Td>
              <Table.Td>
                {row.assignee?.name || <span className="support-muted">{t("support.assign.none")}</span>}
              </Table.Td>
              <SlaCell data={row.firstResponse} warnMinutes={data.warnMinutes} />
              <SlaCell data={row.resolution} warnMinutes={data.warnMinutes} />
              <Table.Td className="support-nowrap">
                <LocalTime value={row.lastActivity} />
              </Table.Td>
            </Table.Tr>
          ))
        )}
      </DataTable>
    </Form>
  );
}

/** A clock in the queue: business time left (red once breached, amber when at risk), the due time under it. */
function SlaCell({ data, warnMinutes }: { data: ClockData; warnMinutes: number | undefined }) {
  const t = useT();
  const locale = useLocale();
  const tone = toneOf(data.clock, warnMinutes);
  const left = remainingText(data.clock, t, locale);
  return (
    <Table.Td className="support-sla-cell" data-tone={tone}>
      <span className="support-sla" data-tone={tone}>
        {left ?? t(toneKeys[tone])}
      </span>
      {(tone === "breached" || tone === "at-risk") && left && (
        <span className="support-visually-hidden"> ({t(toneKeys[tone])})</span>
      )}
      {data.due && data.clock.state !== "paused" && data.clock.state !== "met" && (
        <Text size="xs" c="gray.8" className="support-nowrap">
          <LocalTime value={data.due} />
        </Text>
      )}
    </Table.Td>
  );
}

/** One bulk change: a select and its own submit button, so each change posts its own `intent`. */
function BulkChange(props: {
  name: string;
  intent: string;
  label: string;
  apply: string;
  value: string | undefined;
  error: string | undefined;
  data: { value: string; label: string }[];
}) {
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <NativeSelect
        id={`bulk-${props.intent}`}
        name={props.name}
        label={props.label}
        defaultValue={props.value ?? ""}
        error={props.error}
        className="support-grow"
        data={props.data}
      />
      <Button type="submit" name="intent" value={props.intent} variant="default">
        {props.apply}
      </Button>
    </Group>
  );
}
