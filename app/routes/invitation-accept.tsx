import { Alert, Button, Container, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { data, Form, Link, redirect } from "react-router";
import { appContext } from "#app-context";
import { href, localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import { useLocale, useT } from "../i18n/use-locale.ts";
import { pageUrl } from "../page-url.ts";
import type { Route } from "./+types/invitation-accept.ts";

export function loader({ context, request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  return {
    signedIn: context.get(appContext).actor?.kind === "user",
    token: url.searchParams.get("token") ?? "",
  };
}

/** Accepting is a POST by the signed-in invitee; the service checks the token and the address. */
export async function action({ context, request }: Route.ActionArgs) {
  const app = context.get(appContext);
  const url = pageUrl(request);
  const locale = localeFromPath(url.pathname);
  if (app.actor?.kind !== "user") {
    const back = `${url.pathname}${url.search}`;
    throw redirect(`${href("/sign-in", locale)}?next=${encodeURIComponent(back)}`);
  }
  const token = String((await request.formData()).get("token") ?? "");
  try {
    await app.services.memberships.accept({ actor: app.actor, ip: app.clientIp }, token);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "NOT_FOUND") return data({ error: "invitation.invalid" as const }, 404);
    if (code === "FORBIDDEN") return data({ error: "invitation.otherAddress" as const }, 403);
    throw error;
  }
  return redirect(`${href("/account", locale)}?joined=1`);
}

export function meta({ location }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  return [
    { title: `${translate(locale, "invitation.title")} — ${translate(locale, "site.name")}` },
    { name: "robots", content: "noindex" },
  ];
}

export default function InvitationAccept({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const here = `${href("/invitations/accept", locale)}?token=${encodeURIComponent(loaderData.token)}`;
  const next = `?next=${encodeURIComponent(here)}`;
  return (
    <Container size={520} py={64}>
      <Title order={1} fz={28} mb="md">
        {t("invitation.title")}
      </Title>
      <Paper withBorder p="xl" radius="md">
        <Stack gap="md">
          {actionData?.error && (
            <Alert color="red" variant="light" role="alert">
              {t(actionData.error)}
            </Alert>
          )}
          <Text>{t("invitation.lead")}</Text>
          {loaderData.signedIn ? (
            <Form method="post">
              <input type="hidden" name="token" value={loaderData.token} />
              <Button type="submit">{t("invitation.accept")}</Button>
            </Form>
          ) : (
            <Group>
              <Button component={Link} to={`${href("/sign-in", locale)}${next}`}>
                {t("invitation.signInFirst")}
              </Button>
              <Button component={Link} to={`${href("/sign-up", locale)}${next}`} variant="outline">
                {t("invitation.signUpFirst")}
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>
    </Container>
  );
}
