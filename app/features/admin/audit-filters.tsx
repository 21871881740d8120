import { Anchor, Button, Group, Paper, SimpleGrid, Text, TextInput, Title } from "@mantine/core";
import { Form, Link } from "react-router";
import { href } from "../../i18n/locale.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import type { AuditQuery, AuditQueryField } from "./audit.query.ts";

/** A GET form: the filters live in the URL, so a filtered view is a link one can share or bookmark. */
export function AuditFilters({ query }: { query: Pick<AuditQuery, "values" | "errors" | "search"> }) {
  const t = useT();
  const locale = useLocale();
  const error = (field: AuditQueryField) => (query.errors[field] ? t(query.errors[field]) : null);
  const page = href("/admin/audit", locale);
  const csv = `${href("/admin/audit.csv", locale)}${query.search ? `?${query.search}` : ""}`;
  return (
    <Paper withBorder p="lg" radius="md" mb="xl">
      <Title order={2} fz={20} mb="md" id="audit-filters">
        {t("admin.audit.filters")}
      </Title>
      <Form method="get" action={page} aria-labelledby="audit-filters">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="md">
          <TextInput
            name="action"
            label={t("admin.audit.action")}
            placeholder="token.create"
            defaultValue={query.values.action}
            error={error("action")}
          />
          <TextInput
            name="resourceType"
            label={t("admin.audit.resourceType")}
            placeholder="token"
            defaultValue={query.values.resourceType}
            error={error("resourceType")}
          />
          <TextInput
            name="actorId"
            label={t("admin.audit.actorId")}
            defaultValue={query.values.actorId}
            error={error("actorId")}
          />
          <TextInput
            name="from"
            type="date"
            label={t("admin.audit.from")}
            defaultValue={query.values.from}
            error={error("from")}
          />
          <TextInput
            name="to"
            type="date"
            label={t("admin.audit.to")}
            defaultValue={query.values.to}
            error={error("to")}
          />
        </SimpleGrid>
        <Group mt="lg" gap="sm" justify="space-between" wrap="wrap">
          <Group gap="sm">
            <Button type="submit">{t("admin.audit.apply")}</Button>
            <Anchor component={Link} to={page} c="daegu.9" fw={600}>
              {t("admin.audit.reset")}
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap" align="center">
            <Text size="sm" c="gray.8" maw={360} visibleFrom="sm">
              {t("admin.audit.downloadHint")}
            </Text>
            {/* A plain link: the CSV is a download, not a page the router should render. */}
            <Button component="a" href={csv} variant="outline" download>
              {t("admin.audit.download")}
            </Button>
          </Group>
        </Group>
      </Form>
    </Paper>
  );
}
