import { Button, Container, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { href } from "../../i18n/locale.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";

export function ErrorPage({ status }: { status: number }) {
  const t = useT();
  const locale = useLocale();
  const notFound = status === 404;
  return (
    <Container size="sm" py={80}>
      <Stack gap="md" align="flex-start">
        <Text c="gray.7" fw={700}>
          {status}
        </Text>
        <Title order={1}>{t(notFound ? "error.notFound.title" : "error.server.title")}</Title>
        <Text size="lg">{t(notFound ? "error.notFound.body" : "error.server.body")}</Text>
        <Button component={Link} to={href("/", locale)}>
          {t("error.home")}
        </Button>
      </Stack>
    </Container>
  );
}
