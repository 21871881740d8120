import { Alert, Anchor, Code, Group, Paper, Table, Text, Title } from "@mantine/core";
import { Link, useLocation } from "react-router";
import { useT } from "../../i18n/use-locale.ts";
import type { Stamp } from "./format.ts";
import { type OutboxRow, StatusBadge, useMailKind } from "./outbox-table.tsx";

export type OutboxMail = OutboxRow & { text: string; lastError: string | null };

/**
 * One mail, read as its text version. The stored HTML is never put into the page: it was written for
 * mail clients, and drawing it here would trust markup the page's CSP and sanitizing never saw.
 */
export function OutboxMailView({ mail }: { mail: OutboxMail }) {
  const t = useT();
  const kind = useMailKind();
  const location = useLocation();
  const query = new URLSearchParams(location.search);
  query.delete("id");
  const close = `${location.pathname}${query.size > 0 ? `?${query}` : ""}`;
  const rows: [string, React.ReactNode][] = [
    [t("admin.outbox.col.to"), mail.to],
    [t("admin.outbox.col.kind"), kind(mail.kind)],
    [t("admin.outbox.col.locale"), t(`admin.outbox.locale.${mail.locale}`)],
    [t("admin.outbox.col.status"), <StatusBadge key="status" status={mail.status} />],
    [t("admin.outbox.col.attempts"), mail.attempts],
    [t("admin.outbox.col.created"), <Time key="created" value={mail.createdAt} />],
    [t("admin.outbox.col.sent"), mail.sentAt ? <Time key="sent" value={mail.sentAt} /> : "—"],
  ];
  return (
    <Paper component="section" withBorder p="lg" radius="md" mb="xl" aria-labelledby="mail-subject">
      <Group justify="space-between" align="flex-start" wrap="wrap" mb="sm">
        <div>
          <Text size="sm" c="gray.7" fw={700}>
            {t("admin.outbox.mail")}
          </Text>
          <Title order={2} fz={22} id="mail-subject">
            {mail.subject}
          </Title>
        </div>
        <Anchor component={Link} to={close} c="daegu.9" fw={600}>
          {t("admin.outbox.close")}
        </Anchor>
      </Group>
      <Table withRowBorders={false} verticalSpacing={4} mb="md" w="auto">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" c="gray.8" fw={600} pl={0} style={{ whiteSpace: "nowrap" }}>
                {label}
              </Table.Th>
              <Table.Td style={{ wordBreak: "break-all" }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {mail.lastError && (
        <Alert color="red" variant="light" title={t("admin.outbox.lastError")} mb="md">
          <Text size="sm" style={{ wordBreak: "break-all" }}>
            {mail.lastError}
          </Text>
        </Alert>
      )}
      <Code
        block
        style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}
        fz="sm"
        data-testid="mail-text"
      >
        {mail.text}
      </Code>
      <Text size="xs" c="gray.7" mt="xs">
        {t("admin.outbox.textOnly")}
      </Text>
    </Paper>
  );
}

function Time({ value }: { value: Stamp }) {
  return <time dateTime={value.iso}>{value.text}</time>;
}
