import "./support-requests.css";
import { Alert, Anchor, Box, Button, Container, Group, Stack, Table, Text, Title } from "@mantine/core";
import { Link, useLocation } from "react-router";
import { pickText } from "../../../contracts/common/locale-text.ts";
import {
  supportServiceNames,
  supportStatuses,
  supportStatusNames,
} from "../../../contracts/support-requests/vocabulary.ts";
import { href } from "../../i18n/locale.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { DataTable, Th } from "../admin/data-table.tsx";
import { Pager } from "../admin/pager.tsx";
import { langOf } from "../organizations/format.ts";
import { mainClock } from "./format.ts";
import type { loadMyRequests, StatusFilter } from "./my-requests.server.ts";
import { LocalTime, SlaBadge, StatusBadge } from "./status.tsx";

type Data = Awaited<ReturnType<typeof loadMyRequests>>;

export function MyRequestsPage({ data }: { data: Data }) {
  const t = useT();
  const locale = useLocale();
  return (
    <Container size="lg" py={{ base: "lg", sm: "xl" }}>
      <Group justify="space-between" align="flex-start" wrap="wrap" mb="xs">
        <Title order={1}>{t("support.title")}</Title>
        {data.companies.length > 0 && (
          <Button component={Link} to={href("/support/new", locale)}>
            {t("support.new.button")}
          </Button>
        )}
      </Group>
      <Text c="gray.8" mb="xl" maw={760}>
        {t("support.lead")}
      </Text>
      <Stack gap={48}>
        {data.staff && (
          <Box component="section" aria-labelledby="queues-title">
            <Title order={2} fz="xl" id="queues-title" mb="sm">
              {t("support.queues.title")}
            </Title>
            {data.queues.length > 0 ? (
              <Group gap="sm" wrap="wrap">
                {data.queues.map((office) => (
                  <Button
                    key={office.id}
                    component={Link}
                    to={href(`/offices/${office.id}/queue`, locale)}
                    variant="default"
                  >
                    <span lang={langOf(office.name, locale)}>
                      {t("support.queues.open", { office: pickText(office.name, locale) })}
                    </span>
                  </Button>
                ))}
              </Group>
            ) : (
              <Text c="gray.8">{t("support.queues.none")}</Text>
            )}
          </Box>
        )}
        {data.companies.length === 0 && !data.staff && (
          <Alert color="blue" variant="light" title={t("support.mine")}>
            <Text mb="sm">{t("support.noCompany")}</Text>
            <Button component={Link} to={href("/account", locale)} size="sm" variant="default">
              {t("support.toAccount")}
            </Button>
          </Alert>
        )}
        {data.mine && (
          <Box component="section" aria-labelledby="mine-title">
            <Title order={2} fz="xl" id="mine-title" mb="sm">
              {t("support.mine")}
            </Title>
            <StatusFilters current={data.status} />
            <MyRequestsTable rows={data.mine.items} filtered={data.status !== null} />
            <Pager offset={data.mine.offset} limit={data.mine.limit} total={data.mine.total} />
          </Box>
        )}
      </Stack>
    </Container>
  );
}

function StatusFilters({ current }: { current: StatusFilter | null }) {
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  const filterHref = (status: StatusFilter | null) => {
    const query = new URLSearchParams(location.search);
    query.delete("offset");
    if (status) query.set("status", status);
    else query.delete("status");
    const search = query.toString();
    return `${location.pathname}${search ? `?${search}` : ""}`;
  };
  const filters: { status: StatusFilter | null; label: string }[] = [
    { status: null, label: t("support.filter.all") },
    { status: "open", label: t("support.filter.open") },
    ...supportStatuses.map((status) => ({ status, label: supportStatusNames[status][locale] })),
  ];
  return (
    <Group component="nav" aria-label={t("support.filter")} gap="xs" mb="md" wrap="wrap">
      {filters.map((filter) => {
        const active = filter.status === current;
        return (
          <Button
            key={filter.status ?? "all"}
            component={Link}
            to={filterHref(filter.status)}
            size="compact-sm"
            variant={active ? "filled" : "default"}
            aria-current={active ? "page" : undefined}
          >
            {filter.label}
          </Button>
        );
      })}
    </Group>
  );
}

function MyRequestsTable({
  rows,
  filtered,
}: {
  rows: NonNullable<Data["mine"]>["items"];
  filtered: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <DataTable
      caption={t("support.mine")}
      minWidth={880}
      head={
        <Table.Tr>
          <Th>{t("support.col.number")}</Th>
          <Th>{t("support.col.subject")}</Th>
          <Th>{t("support.col.service")}</Th>
          <Th>{t("support.col.market")}</Th>
          <Th>{t("support.col.status")}</Th>
          <Th>{t("support.col.office")}</Th>
          <Th>{t("support.col.activity")}</Th>
          <Th>{t("support.col.sla")}</Th>
        </Table.Tr>
      }
    >
      {rows.length === 0 ? (
        <Table.Tr>
          <Table.Td colSpan={8}>
            <Text py="sm">{t(filtered ? "support.mine.emptyFiltered" : "support.mine.empty")}</Text>
          </Table.Td>
        </Table.Tr>
      ) : (
        rows.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Td className="support-nowrap">#{row.number}</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={href(`/support/${row.id}`, locale)} c="daegu.9" fw={600}>
                {row.subject}
              </Anchor>
            </Table.Td>
            <Table.Td>{supportServiceNames[row.service][locale]}</Table.Td>
            <Table.Td>
              <abbr title={row.market.name} className="support-abbr">
                {row.market.code}
              </abbr>
            </Table.Td>
            <Table.Td>
              <StatusBadge status={row.status} />
            </Table.Td>
            <Table.Td lang={langOf(row.office.name, locale)}>{pickText(row.office.name, locale)}</Table.Td>
            <Table.Td className="support-nowrap">
              <LocalTime value={row.lastActivity} />
            </Table.Td>
            <Table.Td>
              <SlaBadge
                clock={mainClock({
                  firstResponse: row.firstResponse.clock,
                  resolution: row.resolution.clock,
                })}
              />
            </Table.Td>
          </Table.Tr>
        ))
      )}
    </DataTable>
  );
}
