import { Anchor, Box, Code, SimpleGrid, Table, Text } from "@mantine/core";
import { Link, useLocation } from "react-router";
import type { MessageKey } from "../../i18n/messages.ts";
import { useT } from "../../i18n/use-locale.ts";
import { DataTable, Th, TimeCell } from "./data-table.tsx";
import type { Stamp } from "./format.ts";

export type AuditRow = {
  id: string;
  at: Stamp;
  actorKind: string;
  actorId: string;
  actorLabel: string;
  action: string;
  resourceType: string;
  resourceId: string | null;
  ip: string | null;
  before: unknown;
  after: unknown;
};

const actorKinds: Record<string, MessageKey> = {
  user: "admin.actor.user",
  token: "admin.actor.token",
  system: "admin.actor.system",
};

export function AuditTable({ events }: { events: AuditRow[] }) {
  const t = useT();
  const { pathname } = useLocation();
  if (events.length === 0) {
    return (
      <Text c="gray.8" py="lg">
        {t("admin.audit.empty")}
      </Text>
    );
  }
  return (
    <DataTable
      caption={t("admin.audit.caption")}
      note={t("admin.times")}
      minWidth={1040}
      head={
        <Table.Tr>
          <Th>{t("admin.audit.col.time")}</Th>
          <Th>{t("admin.audit.col.actor")}</Th>
          <Th>{t("admin.audit.col.action")}</Th>
          <Th>{t("admin.audit.col.resource")}</Th>
          <Th>{t("admin.audit.col.ip")}</Th>
          <Th>{t("admin.audit.col.changes")}</Th>
        </Table.Tr>
      }
    >
      {events.map((event) => (
        <Table.Tr key={event.id} style={{ verticalAlign: "top" }}>
          <TimeCell value={event.at} />
          <Table.Td miw={200}>
            <Anchor
              component={Link}
              to={`${pathname}?actorId=${encodeURIComponent(event.actorId)}`}
              title={t("admin.audit.actorFilter", { label: event.actorLabel })}
              c="daegu.9"
              fw={600}
            >
              {event.actorLabel}
            </Anchor>
            <Text size="xs" c="gray.7">
              {actorKinds[event.actorKind] ? t(actorKinds[event.actorKind]!) : event.actorKind}
            </Text>
          </Table.Td>
          <Table.Td>
            <Code style={{ whiteSpace: "nowrap" }}>{event.action}</Code>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{event.resourceType}</Text>
            {event.resourceId && (
              <Text size="xs" c="gray.7" ff="monospace" style={{ wordBreak: "break-all" }}>
                {event.resourceId}
              </Text>
            )}
          </Table.Td>
          <Table.Td style={{ whiteSpace: "nowrap" }}>{event.ip ?? "—"}</Table.Td>
          <Table.Td miw={320}>
            {event.before === null && event.after === null ? (
              "—"
            ) : (
              // <details> opens and closes without JavaScript.
              <Box component="details">
                <Box component="summary" c="daegu.9" fw={600} style={{ cursor: "pointer" }}>
                  {t("admin.audit.details")}
                </Box>
                <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm" mt="xs">
                  <Change
                    label={t("admin.audit.before")}
                    value={event.before}
                    empty={t("admin.audit.nothing")}
                  />
                  <Change
                    label={t("admin.audit.after")}
                    value={event.after}
                    empty={t("admin.audit.nothing")}
                  />
                </SimpleGrid>
              </Box>
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}

function Change({ label, value, empty }: { label: string; value: unknown; empty: string }) {
  return (
    <div>
      <Text size="xs" fw={700} c="gray.8" mb={2}>
        {label}
      </Text>
      {value === null ? (
        <Text size="sm" c="gray.7">
          {empty}
        </Text>
      ) : (
        <Code block style={{ whiteSpace: "pre-wrap", wordBreak: "break-all", maxWidth: 420 }}>
          {JSON.stringify(value, null, 2)}
        </Code>
      )}
    </div>
  );
}
