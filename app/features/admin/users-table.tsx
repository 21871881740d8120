import { Badge, Button, Group, NativeSelect, Table, Text } from "@mantine/core";
import { Form } from "react-router";
import { type Role, roleNames, roles } from "../../../contracts/access/roles.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { DataTable, Th, TimeCell } from "./data-table.tsx";
import type { Stamp } from "./format.ts";

export type UserRow = {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean;
  role: Role | null;
  joinedAt: Stamp;
};

/** People and their platform role, changed with a select and a save button per row. */
export function UsersTable({ users }: { users: UserRow[] }) {
  const t = useT();
  const locale = useLocale();
  if (users.length === 0) return <Text c="gray.8">{t("admin.users.empty")}</Text>;
  const options = [
    { value: "none", label: t("admin.users.noRole") },
    ...roles.map((role) => ({ value: role, label: roleNames[role][locale] })),
  ];
  return (
    <DataTable
      caption={t("admin.users.caption")}
      minWidth={820}
      head={
        <Table.Tr>
          <Th>{t("admin.users.email")}</Th>
          <Th>{t("admin.users.name")}</Th>
          <Th>{t("admin.users.verified")}</Th>
          <Th>{t("admin.users.joined")}</Th>
          <Th>{t("admin.users.role")}</Th>
        </Table.Tr>
      }
    >
      {users.map((user) => (
        <Table.Tr key={user.id}>
          <Table.Td>{user.email}</Table.Td>
          <Table.Td>{user.name}</Table.Td>
          <Table.Td>
            <Badge variant="outline" color={user.emailVerified ? "teal.9" : "gray.8"} tt="none">
              {t(user.emailVerified ? "admin.users.yes" : "admin.users.no")}
            </Badge>
          </Table.Td>
          <TimeCell value={user.joinedAt} />
          <Table.Td>
            <Form method="post">
              <input type="hidden" name="intent" value="role" />
              <input type="hidden" name="email" value={user.email} />
              <Group gap="xs" wrap="nowrap">
                <NativeSelect
                  name="role"
                  size="xs"
                  aria-label={`${t("admin.users.role")}: ${user.email}`}
                  data={options}
                  defaultValue={user.role ?? "none"}
                />
                <Button type="submit" size="xs" variant="outline">
                  {t("admin.users.save")}
                </Button>
              </Group>
            </Form>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
