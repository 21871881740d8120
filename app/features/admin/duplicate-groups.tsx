import { Anchor, Button, Group, List, Paper, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { Form, Link } from "react-router";
import { pickText } from "../../../contracts/common/locale-text.ts";
import { href } from "../../i18n/locale.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { kindKey } from "../organizations/format.ts";
import type { DuplicatesData } from "./curation.server.ts";
import { DataTable, Th, TimeCell } from "./data-table.tsx";

type DuplicateGroup = DuplicatesData["groups"][number];

/**
 * One group of likely duplicates: why they look alike, each with a link to its profile and a
 * "merge into this one" link that opens the confirmation (a GET, so nothing happens by accident).
 */
export function DuplicateGroupTable({ group }: { group: DuplicateGroup }) {
  const t = useT();
  const locale = useLocale();
  const base = href("/admin/duplicates", locale);
  return (
    <DataTable
      caption={`${t(`curation.reason.${group.reason}`)}: ${group.key}`}
      minWidth={720}
      head={
        <Table.Tr>
          <Th>{t("curation.duplicates.organization")}</Th>
          <Th>{t("curation.duplicates.kind")}</Th>
          <Th>{t("curation.duplicates.externalId")}</Th>
          <Th>{t("curation.duplicates.updated")}</Th>
          <Th>{""}</Th>
        </Table.Tr>
      }
    >
      {group.organizations.map((organization) => {
        const name = pickText(organization.name, locale);
        const others = group.organizations.filter((other) => other.id !== organization.id);
        const query = new URLSearchParams({
          keep: organization.id,
          merge: others.map((other) => other.id).join(","),
        });
        return (
          <Table.Tr key={organization.id}>
            <Table.Td>
              <Anchor component={Link} to={href(`/organizations/${organization.id}`, locale)} fw={600}>
                {name}
              </Anchor>
            </Table.Td>
            <Table.Td>{t(kindKey(organization.kind))}</Table.Td>
            <Table.Td>
              <Text component="code" size="sm">
                {organization.externalId}
              </Text>
            </Table.Td>
            <TimeCell value={organization.updated} />
            <Table.Td>
              <Button component={Link} to={`${base}?${query}`} size="xs" variant="outline">
                {t("curation.duplicates.keep")}
                <VisuallyHidden>: {name}</VisuallyHidden>
              </Button>
            </Table.Td>
          </Table.Tr>
        );
      })}
    </DataTable>
  );
}

/** The confirmation step of a merge: what stays, what goes, and one POST to do it. */
export function MergeConfirmation({ confirm }: { confirm: NonNullable<DuplicatesData["confirm"]> }) {
  const t = useT();
  const locale = useLocale();
  const target = pickText(confirm.target.name, locale);
  return (
    <Paper withBorder p="lg" radius="md" bg="orange.0" component="section" aria-labelledby="merge-confirm">
      <Title order={2} fz={20} id="merge-confirm" mb="xs">
        {t("curation.confirm.title")}
      </Title>
      <Text mb="sm">{t("curation.confirm.body", { target })}</Text>
      <List mb="md">
        {confirm.duplicates.map((duplicate) => (
          <List.Item key={duplicate.id}>{pickText(duplicate.name, locale)}</List.Item>
        ))}
      </List>
      <Form method="post" action={href("/admin/duplicates", locale)}>
        <input type="hidden" name="intent" value="merge" />
        <input type="hidden" name="target" value={confirm.target.id} />
        {confirm.duplicates.map((duplicate) => (
          <input key={duplicate.id} type="hidden" name="duplicate" value={duplicate.id} />
        ))}
        <Stack gap="xs">
          <Group gap="sm">
            <Button type="submit" color="red.9">
              {t("curation.confirm.merge")}
            </Button>
            <Button component={Link} to={href("/admin/duplicates", locale)} variant="default">
              {t("curation.confirm.cancel")}
            </Button>
          </Group>
        </Stack>
      </Form>
    </Paper>
  );
}
