import { Badge, Code, Table, Text } from "@mantine/core";
import { type Role, roleNames } from "../../../contracts/access/roles.ts";
import { PostButton } from "../../components/ui/post-button.tsx";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { DataTable, Th, TimeCell } from "./data-table.tsx";
import type { Stamp } from "./format.ts";

export type TokenRow = {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  state: "live" | "expired" | "revoked";
  createdAt: Stamp;
  lastUsedAt: Stamp | null;
  expiresAt: Stamp | null;
  revokedAt: Stamp | null;
};

/** Every token with its state; live tokens get a revoke button (a POST form, no JavaScript needed). */
export function TokensTable({ tokens }: { tokens: TokenRow[] }) {
  const t = useT();
  const locale = useLocale();
  if (tokens.length === 0) {
    return (
      <Text c="gray.8" py="lg">
        {t("admin.tokens.empty")}
      </Text>
    );
  }
  return (
    <DataTable
      caption={t("admin.tokens.caption")}
      note={t("admin.times")}
      minWidth={980}
      head={
        <Table.Tr>
          <Th>{t("admin.tokens.col.name")}</Th>
          <Th>{t("admin.tokens.col.role")}</Th>
          <Th>{t("admin.tokens.col.prefix")}</Th>
          <Th>{t("admin.tokens.col.created")}</Th>
          <Th>{t("admin.tokens.col.lastUsed")}</Th>
          <Th>{t("admin.tokens.col.expires")}</Th>
          <Th>{t("admin.tokens.col.revoked")}</Th>
          <Th>{t("admin.tokens.col.actions")}</Th>
        </Table.Tr>
      }
    >
      {tokens.map((token) => (
        <Table.Tr key={token.id}>
          <Table.Th scope="row" fw={600}>
            {token.name}
          </Table.Th>
          <Table.Td style={{ whiteSpace: "nowrap" }}>{roleNames[token.role][locale]}</Table.Td>
          <Table.Td>
            <Code style={{ whiteSpace: "nowrap" }}>{token.prefix}…</Code>
          </Table.Td>
          <TimeCell value={token.createdAt} />
          <TimeCell value={token.lastUsedAt} empty={t("admin.tokens.neverUsed")} />
          <TimeCell value={token.expiresAt} empty={t("admin.tokens.neverExpires")} />
          {token.revokedAt ? (
            <TimeCell value={token.revokedAt} />
          ) : (
            <Table.Td>
              <Badge color={token.state === "live" ? "teal" : "gray"} variant="dot">
                {t(token.state === "live" ? "admin.tokens.state.live" : "admin.tokens.state.expired")}
              </Badge>
            </Table.Td>
          )}
          <Table.Td>
            {token.state === "live" && (
              <PostButton
                fields={{ intent: "revoke", id: token.id }}
                label={t("admin.tokens.revoke")}
                ariaLabel={t("admin.tokens.revokeLabel", { name: token.name })}
                danger
              />
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
