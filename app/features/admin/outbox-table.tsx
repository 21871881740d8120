import { Anchor, Badge, Table, Text } from "@mantine/core";
import { Link, useLocation } from "react-router";
import type { MessageKey } from "../../i18n/messages.ts";
import { useT } from "../../i18n/use-locale.ts";
import { DataTable, Th, TimeCell } from "./data-table.tsx";
import type { Stamp } from "./format.ts";

export type OutboxRow = {
  id: string;
  to: string;
  kind: string;
  locale: "ko" | "en";
  subject: string;
  status: "queued" | "sent" | "failed" | "outbox";
  attempts: number;
  createdAt: Stamp;
  sentAt: Stamp | null;
};

// "dot" badges: the colour is in the dot, the text stays dark on white (contrast well above 4.5:1).
const statusColor = { queued: "yellow", sent: "teal", failed: "red", outbox: "gray" } as const;

const mailKinds: Record<string, MessageKey> = {
  "verify-email": "admin.outbox.kind.verify-email",
  "reset-password": "admin.outbox.kind.reset-password",
};

/** A mail kind in the reader's words when we know it; the raw kind otherwise. */
export function useMailKind() {
  const t = useT();
  return (kind: string) => (mailKinds[kind] ? t(mailKinds[kind]) : kind);
}

export function StatusBadge({ status }: { status: OutboxRow["status"] }) {
  const t = useT();
  return (
    <Badge color={statusColor[status]} variant="dot">
      {t(`admin.outbox.status.${status}`)}
    </Badge>
  );
}

export function OutboxTable({ mails, openId }: { mails: OutboxRow[]; openId: string | null }) {
  const t = useT();
  const kind = useMailKind();
  const location = useLocation();
  if (mails.length === 0) {
    return (
      <Text c="gray.8" py="lg">
        {t("admin.outbox.empty")}
      </Text>
    );
  }
  const read = (id: string) => {
    const query = new URLSearchParams(location.search);
    query.set("id", id);
    return `${location.pathname}?${query}`;
  };
  return (
    <DataTable
      caption={t("admin.outbox.caption")}
      note={t("admin.times")}
      minWidth={1000}
      head={
        <Table.Tr>
          <Th>{t("admin.outbox.col.subject")}</Th>
          <Th>{t("admin.outbox.col.to")}</Th>
          <Th>{t("admin.outbox.col.kind")}</Th>
          <Th>{t("admin.outbox.col.locale")}</Th>
          <Th>{t("admin.outbox.col.status")}</Th>
          <Th>{t("admin.outbox.col.attempts")}</Th>
          <Th>{t("admin.outbox.col.created")}</Th>
          <Th>{t("admin.outbox.col.sent")}</Th>
        </Table.Tr>
      }
    >
      {mails.map((mail) => (
        <Table.Tr key={mail.id} bg={mail.id === openId ? "daegu.0" : undefined}>
          <Table.Th scope="row" fw={400}>
            <Anchor
              component={Link}
              to={read(mail.id)}
              c="daegu.9"
              fw={600}
              aria-current={mail.id === openId ? "true" : undefined}
              aria-label={t("admin.outbox.read", { subject: mail.subject })}
            >
              {mail.subject}
            </Anchor>
          </Table.Th>
          <Table.Td style={{ wordBreak: "break-all" }}>{mail.to}</Table.Td>
          <Table.Td style={{ whiteSpace: "nowrap" }}>{kind(mail.kind)}</Table.Td>
          <Table.Td style={{ whiteSpace: "nowrap" }}>{t(`admin.outbox.locale.${mail.locale}`)}</Table.Td>
          <Table.Td>
            <StatusBadge status={mail.status} />
          </Table.Td>
          <Table.Td ta="right">{mail.attempts}</Table.Td>
          <TimeCell value={mail.createdAt} />
          <TimeCell value={mail.sentAt} />
        </Table.Tr>
      ))}
    </DataTable>
  );
}
