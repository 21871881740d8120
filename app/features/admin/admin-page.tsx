import { Box, Button, Container, Group, Text, Title } from "@mantine/core";
import { Link, useLocation } from "react-router";
import { href } from "../../i18n/locale.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";

const sections: { path: string; label: MessageKey }[] = [
  { path: "/admin/users", label: "admin.nav.users" },
  { path: "/admin/tokens", label: "admin.nav.tokens" },
  { path: "/admin/audit", label: "admin.nav.audit" },
  { path: "/admin/outbox", label: "admin.nav.outbox" },
  { path: "/admin/reviews", label: "admin.nav.reviews" },
  { path: "/admin/duplicates", label: "admin.nav.duplicates" },
  { path: "/admin/imports", label: "admin.nav.imports" },
  { path: "/admin/matching", label: "matching.admin.title" },
];

/** The frame of every admin page: what it is, one line on why, and the way to the other admin pages. */
export function AdminPage(props: { title: string; lead: string; children: React.ReactNode }) {
  const t = useT();
  const locale = useLocale();
  const { pathname } = useLocation();
  return (
    <Container size="lg" py={40}>
      <Text c="daegu.9" fw={700} size="sm" tt="uppercase" mb={4}>
        {t("admin.eyebrow")}
      </Text>
      <Title order={1} mb="xs">
        {props.title}
      </Title>
      <Text c="gray.8" maw={760} mb="lg">
        {props.lead}
      </Text>
      <Box component="nav" aria-label={t("admin.nav.label")} mb="xl">
        <Group gap="xs" wrap="wrap">
          {sections.map((section) => {
            const to = href(section.path, locale);
            const current = pathname === to;
            return (
              <Button
                key={section.path}
                component={Link}
                to={to}
                variant={current ? "filled" : "subtle"}
                color={current ? "daegu" : "dark"}
                size="sm"
                aria-current={current ? "page" : undefined}
              >
                {t(section.label)}
              </Button>
            );
          })}
        </Group>
      </Box>
      {props.children}
    </Container>
  );
}
