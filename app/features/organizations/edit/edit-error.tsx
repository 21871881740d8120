import { Button, Container, Group, Stack, Text, Title } from "@mantine/core";
import { isRouteErrorResponse, Link, useParams, useRouteError } from "react-router";
import { ErrorPage } from "../../../components/ui/error-page.tsx";
import { href } from "../../../i18n/locale.ts";
import { useLocale, useT } from "../../../i18n/use-locale.ts";

/** The editor's error boundary: a 403 says who may edit, in the page's language; else the site's 404/500. */
export function EditErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (status === 403) return <Forbidden />;
  return <ErrorPage status={status === 404 ? 404 : 500} />;
}

function Forbidden() {
  const t = useT();
  const locale = useLocale();
  const { id } = useParams();
  return (
    <Container size="sm" py={80}>
      <Stack gap="md" align="flex-start">
        <Text c="gray.7" fw={700}>
          403
        </Text>
        <Title order={1}>{t("orgEdit.forbidden.title")}</Title>
        <Text size="lg">{t("orgEdit.forbidden.body")}</Text>
        <Group gap="sm">
          <Button component={Link} to={href(`/organizations/${id ?? ""}`, locale)}>
            {t("orgEdit.forbidden.profile")}
          </Button>
          <Button component={Link} to={href("/", locale)} variant="default">
            {t("error.home")}
          </Button>
        </Group>
      </Stack>
    </Container>
  );
}
