import { Button, NativeSelect, Paper, SimpleGrid, TextInput, Title } from "@mantine/core";
import { Form } from "react-router";
import { roleNames, roles } from "../../../contracts/access/roles.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import type { TokenFormErrors, TokenFormValues } from "./tokens.form.ts";

/** Issues a token with a plain POST form: works before (and without) JavaScript. */
export function TokenCreateForm(props: {
  errors?: TokenFormErrors | undefined;
  values?: TokenFormValues | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const errors = props.errors ?? {};
  const error = (field: keyof TokenFormErrors) => (errors[field] ? t(errors[field]) : null);
  return (
    <Paper withBorder p="lg" radius="md" mb="xl">
      <Title order={2} fz={20} mb="md" id="create-token">
        {t("admin.tokens.create")}
      </Title>
      <Form method="post" noValidate aria-labelledby="create-token">
        <input type="hidden" name="intent" value="create" />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" verticalSpacing="md">
          <TextInput
            name="name"
            label={t("admin.tokens.name")}
            description={t("admin.tokens.nameHint")}
            defaultValue={props.values?.name}
            error={error("name")}
            maxLength={100}
            autoComplete="off"
            required
          />
          <NativeSelect
            name="role"
            label={t("admin.tokens.role")}
            description={t("admin.tokens.roleHint")}
            defaultValue={props.values?.role ?? ""}
            error={error("role")}
            required
            data={[
              { value: "", label: t("admin.tokens.rolePlaceholder") },
              ...roles.map((role) => ({ value: role, label: roleNames[role][locale] })),
            ]}
          />
          <TextInput
            name="expiresInDays"
            type="number"
            inputMode="numeric"
            min={1}
            max={3650}
            label={t("admin.tokens.expires")}
            description={t("admin.tokens.expiresHint")}
            defaultValue={props.values?.expiresInDays}
            error={error("expiresInDays")}
          />
        </SimpleGrid>
        <Button type="submit" mt="lg">
          {t("admin.tokens.submit")}
        </Button>
      </Form>
    </Paper>
  );
}
