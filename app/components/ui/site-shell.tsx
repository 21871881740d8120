import { Anchor, Box, Container, Group, Stack, Text } from "@mantine/core";
import { Link, useLocation } from "react-router";
import { href } from "../../i18n/locale.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { AccountMenu } from "./account-menu.tsx";
import { LanguageSwitch } from "./language-switch.tsx";

/** Header, navigation and footer around every page. */
export function SiteShell({ children }: { children: React.ReactNode }) {
  const t = useT();
  const locale = useLocale();
  const home = href("/", locale);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <Box component="header" style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}>
        <Container size="lg" py="sm">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Anchor component={Link} to={home} underline="never" c="dark" fw={800} size="lg">
              {t("site.name")}
            </Anchor>
            <Group gap="md" wrap="wrap">
              <Box component="nav" aria-label={t("nav.main")}>
                <Group gap="md" wrap="wrap">
                  <NavLink to={home}>{t("nav.home")}</NavLink>
                  <NavLink to={href("/directory", locale)}>{t("nav.directory")}</NavLink>
                  <NavLink to={href("/industries", locale)}>{t("industries.nav")}</NavLink>
                  <NavLink to={href("/zones", locale)}>{t("zones.nav")}</NavLink>
                  <NavLink to={href("/opportunities", locale)}>{t("nav.opportunities")}</NavLink>
                  <NavLink to={href("/offices", locale)}>{t("offices.nav")}</NavLink>
                </Group>
              </Box>
              <AccountMenu />
              <LanguageSwitch />
            </Group>
          </Group>
        </Container>
      </Box>
      <Box component="main" id="main" tabIndex={-1}>
        {children}
      </Box>
      <Box component="footer" bg="gray.1" mt={64} py="xl">
        <Container size="lg">
          <Stack gap={6}>
            <Text fw={700}>{t("footer.city")}</Text>
            <Text size="sm" c="gray.8">
              {t("footer.about")}
            </Text>
            <Group gap="md">
              <Anchor href="/api/docs" size="sm" c="daegu.9">
                {t("footer.api")}
              </Anchor>
            </Group>
          </Stack>
        </Container>
      </Box>
    </>
  );
}

function NavLink({ to, children }: { to: string; children: React.ReactNode }) {
  const { pathname } = useLocation();
  const current = pathname === to;
  return (
    <Anchor
      component={Link}
      to={to}
      c="dark"
      fw={current ? 700 : 500}
      aria-current={current ? "page" : undefined}
    >
      {children}
    </Anchor>
  );
}
