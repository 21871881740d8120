import { Button, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { Form } from "react-router";
import { type LocalizedText, pickText } from "../../../../contracts/common/locale-text.ts";
import { PostButton } from "../../../components/ui/post-button.tsx";
import { useLocale, useT } from "../../../i18n/use-locale.ts";
import { DataTable, Th } from "../../admin/data-table.tsx";
import type { FieldErrors, PersonValues } from "./edit.form.ts";

export type PersonRow = {
  id: string;
  name: LocalizedText;
  title: LocalizedText | null;
  email: string | null;
  phone: string | null;
};

/** The people shown on the profile: a simple list with removal, and a form to add one. */
export function PeopleEditor(props: {
  people: PersonRow[];
  values?: PersonValues | undefined;
  errors?: FieldErrors | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const errors = props.errors ?? {};
  const field = (name: keyof PersonValues, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput
      name={`person.${name}`}
      label={label}
      defaultValue={props.values?.[name] ?? ""}
      error={errors[name] ?? (name === "name.ko" ? errors.name : undefined)}
      {...extra}
    />
  );
  const ko = t("orgEdit.lang.ko");
  const en = t("orgEdit.lang.en");
  return (
    <Paper component="section" withBorder p="lg" radius="md" aria-labelledby="people-title">
      <Title order={2} fz={22} id="people-title" mb={4}>
        {t("orgEdit.people.title")}
      </Title>
      <Text c="gray.8" size="sm" mb="md">
        {t("orgEdit.people.lead")}
      </Text>
      <Stack gap="lg">
        {props.people.length === 0 ? (
          <Text c="gray.8">{t("orgEdit.people.empty")}</Text>
        ) : (
          <DataTable
            caption={t("orgEdit.people.caption")}
            minWidth={620}
            head={
              <Table.Tr>
                <Th>{t("orgEdit.people.name")}</Th>
                <Th>{t("orgEdit.people.jobTitle")}</Th>
                <Th>{t("orgEdit.people.email")}</Th>
                <Th>{t("orgEdit.people.phone")}</Th>
                <Th>{""}</Th>
              </Table.Tr>
            }
          >
            {props.people.map((person) => {
              const name = pickText(person.name, locale);
              return (
                <Table.Tr key={person.id}>
                  <Table.Td fw={600}>{name}</Table.Td>
                  <Table.Td>{pickText(person.title, locale) || "—"}</Table.Td>
                  <Table.Td>{person.email ?? "—"}</Table.Td>
                  <Table.Td>{person.phone ?? "—"}</Table.Td>
                  <Table.Td>
                    <PostButton
                      fields={{ intent: "person-remove", person: person.id }}
                      label={t("orgEdit.people.remove")}
                      ariaLabel={t("orgEdit.people.removeLabel", { name })}
                      danger
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </DataTable>
        )}
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="person-add" />
          <Title order={3} fz={18} mb="sm">
            {t("orgEdit.people.add")}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {field("name.ko", `${t("orgEdit.people.name")} (${ko})`, { lang: "ko", autoComplete: "off" })}
            {field("name.en", `${t("orgEdit.people.name")} (${en})`, { lang: "en", autoComplete: "off" })}
            {field("title.ko", `${t("orgEdit.people.jobTitle")} (${ko})`, { lang: "ko" })}
            {field("title.en", `${t("orgEdit.people.jobTitle")} (${en})`, { lang: "en" })}
            {field("email", t("orgEdit.people.email"), { type: "email", autoComplete: "off" })}
            {field("phone", t("orgEdit.people.phone"), { type: "tel", autoComplete: "off" })}
          </SimpleGrid>
          <Button type="submit" mt="md" variant="outline">
            {t("orgEdit.people.addButton")}
          </Button>
        </Form>
      </Stack>
    </Paper>
  );
}
