import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { Form, Link } from "react-router";
import { pickText } from "../../../contracts/common/locale-text.ts";
import { href } from "../../i18n/locale.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import type { ReviewsData } from "./curation.server.ts";
import { DataTable, Th } from "./data-table.tsx";

type Revision = ReviewsData["revisions"][number];

const statusColor = { pending: "daegu.9", approved: "teal.9", reverted: "gray.8" } as const;

/** One member's edit: who and when, each changed field before → after, and the city's decision. */
export function ReviewCard({ revision }: { revision: Revision }) {
  const t = useT();
  const locale = useLocale();
  const name = pickText(revision.organization.name, locale);
  const titleId = `revision-${revision.id}`;
  return (
    <Paper component="article" withBorder p="lg" radius="md" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" gap="sm" mb="sm" wrap="wrap">
        <Stack gap={4}>
          <Title order={2} fz={20} id={titleId}>
            {name}
          </Title>
          <Text size="sm" c="gray.8">
            {t("curation.editedBy", { who: revision.editedBy })} ·{" "}
            <time dateTime={revision.createdAt.iso}>{revision.createdAt.text}</time>
          </Text>
        </Stack>
        <Group gap="xs">
          <Badge variant="outline" color={statusColor[revision.status]} tt="none">
            {t(`curation.status.${revision.status}`)}
          </Badge>
          <Anchor component={Link} to={href(`/organizations/${revision.organization.id}`, locale)} size="sm">
            {t("curation.profile")}
            <VisuallyHidden>: {name}</VisuallyHidden>
          </Anchor>
          <Anchor
            component={Link}
            to={href(`/organizations/${revision.organization.id}/edit`, locale)}
            size="sm"
          >
            {t("curation.edit")}
            <VisuallyHidden>: {name}</VisuallyHidden>
          </Anchor>
        </Group>
      </Group>

      <DataTable
        caption={t("curation.changes", { organization: name })}
        minWidth={640}
        head={
          <Table.Tr>
            <Th>{t("curation.field")}</Th>
            <Th>{t("curation.before")}</Th>
            <Th>{t("curation.after")}</Th>
          </Table.Tr>
        }
      >
        {revision.rows.map((row) => (
          <Table.Tr key={`${row.field}.${row.lang ?? ""}`}>
            <Table.Th scope="row" fw={600} style={{ whiteSpace: "nowrap", verticalAlign: "top" }}>
              {row.label}
            </Table.Th>
            <Table.Td lang={row.lang} style={{ whiteSpace: "pre-wrap", verticalAlign: "top" }}>
              <Text component="del" c="red.9" size="sm" style={{ textDecoration: "none" }}>
                {row.before}
              </Text>
            </Table.Td>
            <Table.Td lang={row.lang} style={{ whiteSpace: "pre-wrap", verticalAlign: "top" }}>
              <Text component="ins" c="teal.9" size="sm" style={{ textDecoration: "none" }}>
                {row.after}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>

      {revision.status === "pending" ? (
        <Form method="post">
          <input type="hidden" name="revision" value={revision.id} />
          <Group align="flex-end" gap="sm" mt="md" wrap="wrap">
            <Textarea
              name="note"
              label={
                <>
                  {t("curation.note")}
                  <VisuallyHidden> ({name})</VisuallyHidden>
                </>
              }
              maxLength={500}
              autosize
              minRows={1}
              w={{ base: "100%", sm: 360 }}
            />
            <Button type="submit" name="intent" value="approve" color="teal.9">
              {t("curation.approve")}
              <VisuallyHidden>: {name}</VisuallyHidden>
            </Button>
            <Button type="submit" name="intent" value="revert" variant="outline" color="red.9">
              {t("curation.revert")}
              <VisuallyHidden>: {name}</VisuallyHidden>
            </Button>
          </Group>
        </Form>
      ) : (
        <Text size="sm" c="gray.8" mt="md">
          {t("curation.decidedBy", { who: revision.decidedBy ?? "" })}
          {revision.decidedAt && (
            <>
              {" · "}
              <time dateTime={revision.decidedAt.iso}>{revision.decidedAt.text}</time>
            </>
          )}
          {revision.note && <> · {t("curation.noteShown", { note: revision.note })}</>}
        </Text>
      )}
      <Form method="post">
        <input type="hidden" name="intent" value="verify" />
        <input type="hidden" name="organization" value={revision.organization.id} />
        <Button type="submit" variant="subtle" size="xs" mt="xs" px={0}>
          {t("curation.verify")}
          <VisuallyHidden>: {name}</VisuallyHidden>
        </Button>
      </Form>
    </Paper>
  );
}
