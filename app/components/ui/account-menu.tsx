import { Anchor, Button, Group } from "@mantine/core";
import { Form, Link, useRouteLoaderData } from "react-router";
import { href } from "../../i18n/locale.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";

type RootData = { user: { email: string } | null; abilities: { admin: boolean } } | undefined;

/** Sign-in link for visitors; account link and a sign-out button (a POST form) for signed-in users. */
export function AccountMenu() {
  const t = useT();
  const locale = useLocale();
  const root = useRouteLoaderData("root") as RootData;
  const user = root?.user;
  if (!user) {
    return (
      <Anchor component={Link} to={href("/sign-in", locale)} c="dark" fw={500}>
        {t("auth.signIn")}
      </Anchor>
    );
  }
  return (
    <Group gap="sm">
      <Anchor component={Link} to={href("/matches", locale)} c="dark" fw={500}>
        {t("matching.nav")}
      </Anchor>
      {root?.abilities.admin && (
        <Anchor component={Link} to={href("/admin/audit", locale)} c="dark" fw={500}>
          {t("nav.admin")}
        </Anchor>
      )}
      <Anchor component={Link} to={href("/introductions", locale)} c="dark" fw={500}>
        {t("introductions.nav")}
      </Anchor>
      <Anchor component={Link} to={href("/support", locale)} c="dark" fw={500}>
        {t("support.nav")}
      </Anchor>
      <Anchor component={Link} to={href("/account", locale)} c="dark" fw={500}>
        {t("auth.account")}
      </Anchor>
      <Form method="post" action={href("/sign-out", locale)}>
        <Button type="submit" variant="subtle" size="compact-sm" color="gray" c="dark.9">
          {t("auth.signOut")}
        </Button>
      </Form>
    </Group>
  );
}
