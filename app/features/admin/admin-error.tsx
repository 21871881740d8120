import { Button, Container, Group, Stack, Text, Title } from "@mantine/core";
import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { ErrorPage } from "../../components/ui/error-page.tsx";
import { href } from "../../i18n/locale.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";

/**
 * The error boundary of the admin pages. A 403 (signed in without the admin role) says so in the page
 * language and points to the account page; anything else looks like the site's own 404 or 500 page.
 */
export function AdminErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (status === 403) return <Forbidden />;
  return <ErrorPage status={status === 404 ? 404 : 500} />;
}

function Forbidden() {
  const t = useT();
  const locale = useLocale();
  return (
    <Container size="sm" py={80}>
      <Stack gap="md" align="flex-start">
        <Text c="gray.7" fw={700}>
          403
        </Text>
        <Title order={1}>{t("admin.forbidden.title")}</Title>
        <Text size="lg">{t("admin.forbidden.body")}</Text>
        <Group gap="sm">
          <Button component={Link} to={href("/account", locale)}>
            {t("admin.forbidden.account")}
          </Button>
          <Button component={Link} to={href("/", locale)} variant="default">
            {t("error.home")}
          </Button>
        </Group>
      </Stack>
    </Container>
  );
}
