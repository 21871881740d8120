import { Anchor, Button, Group, Table, Text } from "@mantine/core";
import { Form } from "react-router";
import { type LocalizedText, pickText } from "../../../contracts/common/locale-text.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { DataTable, Th, TimeCell } from "./data-table.tsx";
import type { Stamp } from "./format.ts";

export type ClaimRow = {
  id: string;
  organization: LocalizedText;
  website: string | null;
  email: string;
  requestedAt: Stamp;
};

/** Pending claims with approve and reject buttons (POST forms that work without JavaScript). */
export function ClaimsTable({ claims }: { claims: ClaimRow[] }) {
  const t = useT();
  const locale = useLocale();
  if (claims.length === 0) return <Text c="gray.8">{t("admin.claims.empty")}</Text>;
  return (
    <DataTable
      caption={t("admin.claims.caption")}
      minWidth={720}
      head={
        <Table.Tr>
          <Th>{t("admin.claims.organization")}</Th>
          <Th>{t("admin.claims.person")}</Th>
          <Th>{t("admin.claims.website")}</Th>
          <Th>{t("admin.claims.requested")}</Th>
          <Th>{""}</Th>
        </Table.Tr>
      }
    >
      {claims.map((claim) => (
        <Table.Tr key={claim.id}>
          <Table.Td fw={600}>{pickText(claim.organization, locale)}</Table.Td>
          <Table.Td>{claim.email}</Table.Td>
          <Table.Td>
            {claim.website ? (
              <Anchor href={claim.website} rel="noopener noreferrer" target="_blank" c="daegu.9">
                {new URL(claim.website).hostname}
              </Anchor>
            ) : (
              "—"
            )}
          </Table.Td>
          <TimeCell value={claim.requestedAt} />
          <Table.Td>
            <Form method="post">
              <input type="hidden" name="claim" value={claim.id} />
              <Group gap="xs" wrap="nowrap">
                <Button type="submit" name="intent" value="approve" size="xs">
                  {t("admin.claims.approve")}
                </Button>
                <Button type="submit" name="intent" value="reject" size="xs" variant="outline" color="red.9">
                  {t("admin.claims.reject")}
                </Button>
              </Group>
            </Form>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
