import { Button, Container, Group, Stack, Text, Title } from "@mantine/core";
import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { href } from "../../i18n/locale.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { ErrorPage } from "./error-page.tsx";

type Forbidden = { title: MessageKey; body: MessageKey; next: { to: string; label: MessageKey } };

/**
 * An error boundary whose 403 says, in the page's language, why and where to go instead; anything else
 * looks like the site's own 404 or 500 page. `forbidden` may depend on the route's params.
 */
export function ForbiddenErrorBoundary({ forbidden }: { forbidden: () => Forbidden }) {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (status === 403) return <ForbiddenPage {...forbidden()} />;
  return <ErrorPage status={status === 404 ? 404 : 500} />;
}

function ForbiddenPage({ title, body, next }: Forbidden) {
  const t = useT();
  const locale = useLocale();
  return (
    <Container size="sm" py={80}>
      <Stack gap="md" align="flex-start">
        <Text c="gray.7" fw={700}>
          403
        </Text>
        <Title order={1}>{t(title)}</Title>
        <Text size="lg">{t(body)}</Text>
        <Group gap="sm">
          <Button component={Link} to={href(next.to, locale)}>
            {t(next.label)}
          </Button>
          <Button component={Link} to={href("/", locale)} variant="default">
            {t("error.home")}
          </Button>
        </Group>
      </Stack>
    </Container>
  );
}
