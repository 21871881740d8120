import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Container,
  Group,
  PasswordInput,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { data, Form, Link, redirect } from "react-router";
import { appContext } from "#app-context";
import { roleNames } from "../../contracts/access/roles.ts";
import { pickText } from "../../contracts/common/locale-text.ts";
import { PostButton } from "../components/ui/post-button.tsx";
import {
  callAuth,
  checkFields,
  errorsOf,
  redirectWithCookies,
} from "../features/accounts/accounts.server.ts";
import { useFormError } from "../features/accounts/form-field-error.tsx";
import { href, localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import { useLocale, useT } from "../i18n/use-locale.ts";
import { pageUrl } from "../page-url.ts";
import type { Route } from "./+types/account.ts";

type SessionRow = {
  id: string;
  token: string;
  createdAt: string;
  userAgent?: string | null;
  ipAddress?: string | null;
};

function requireSignedIn(context: Route.LoaderArgs["context"], request: Request) {
  const { actor } = context.get(appContext);
  if (actor?.kind !== "user") {
    const url = pageUrl(request);
    throw redirect(
      `${href("/sign-in", localeFromPath(url.pathname))}?next=${encodeURIComponent(url.pathname)}`,
    );
  }
  return actor;
}

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireSignedIn(context, request);
  const app = context.get(appContext);
  const [list, current, memberships] = await Promise.all([
    callAuth(app, request, "/list-sessions", undefined, "GET"),
    callAuth(app, request, "/get-session", undefined, "GET"),
    app.services.memberships.membershipsOf(actor.id),
  ]);
  const currentId = (current.data.session as { id?: string } | undefined)?.id;
  const sessions = (Array.isArray(list.data) ? (list.data as SessionRow[]) : []).map((session) => ({
    id: session.id,
    createdAt: session.createdAt,
    userAgent: session.userAgent ?? null,
    ipAddress: session.ipAddress ?? null,
    current: session.id === currentId,
  }));
  const organizations = memberships.map((m) => ({
    id: m.organizationId,
    name: m.organizationName,
    role: m.role,
    actsAs: m.actsAs,
  }));
  return {
    email: actor.label,
    role: actor.role ?? null,
    sessions,
    organizations,
    actingFor: organizations.length > 1 ? (actor.organizationId ?? null) : null,
    passwordChanged: pageUrl(request).searchParams.get("password") === "changed",
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireSignedIn(context, request);
  const app = context.get(appContext);
  const form = await request.formData();
  const back = pageUrl(request).pathname;
  if (form.get("intent") === "password") {
    const errors = checkFields(form, ["password"]);
    if (Object.keys(errors).length > 0) return data({ errors }, 400);
    const answer = await callAuth(app, request, "/change-password", {
      currentPassword: String(form.get("currentPassword") ?? ""),
      newPassword: String(form.get("password") ?? ""),
      revokeOtherSessions: true,
    });
    if (answer.status !== 200) {
      const wrong = answer.data.code === "INVALID_PASSWORD";
      return data(
        { errors: wrong ? { form: { key: "account.wrongPassword" as const } } : errorsOf(answer) },
        400,
      );
    }
    // Other sessions end; this one gets a fresh cookie.
    return redirectWithCookies(`${back}?password=changed`, answer);
  }
  if (form.get("intent") === "switch") {
    // Which organization the person acts for; the server only honours it while they are a member.
    const id = String(form.get("organization") ?? "");
    if (!actor.memberships?.some((m) => m.organizationId === id)) return redirect(back);
    const cookie = `dgg.org=${id}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly`;
    return redirect(back, { headers: { "Set-Cookie": cookie } });
  }
  const id = String(form.get("session") ?? "");
  // The page names sessions by id; their tokens never leave the server.
  const list = await callAuth(app, request, "/list-sessions", undefined, "GET");
  const session = (Array.isArray(list.data) ? (list.data as SessionRow[]) : []).find((row) => row.id === id);
  if (session) await callAuth(app, request, "/revoke-session", { token: session.token });
  return redirect(back);
}

export function meta({ location }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  return [{ title: `${translate(locale, "account.title")} — ${translate(locale, "site.name")}` }];
}

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const message = useFormError();
  const errors = actionData?.errors ?? {};
  return (
    <Container size="md" py={48}>
      <Title order={1} mb="sm">
        {t("account.title")}
      </Title>
      <Text>{t("account.signedInAs", { email: loaderData.email })}</Text>
      <Text c="gray.8" mt={4}>
        {loaderData.role
          ? t("account.role", { role: roleNames[loaderData.role][locale] })
          : t("account.noRole")}
      </Text>

      <Title order={2} fz={22} mt={40} mb="sm">
        {t("memberships.title")}
      </Title>
      {loaderData.organizations.length === 0 ? (
        <Text c="gray.8">{t("memberships.none")}</Text>
      ) : (
        <Stack gap="xs">
          {loaderData.organizations.map((organization) => (
            <Group key={organization.id} gap="sm">
              <Anchor
                component={Link}
                to={href(`/account/organizations/${organization.id}`, locale)}
                fw={600}
                c="daegu.9"
              >
                {pickText(organization.name, locale)}
              </Anchor>
              <Badge variant="outline" color="gray.8" tt="none">
                {roleNames[organization.actsAs][locale]} ·{" "}
                {t(organization.role === "owner" ? "memberships.owner" : "memberships.member")}
              </Badge>
              {loaderData.actingFor === organization.id && (
                <Badge variant="light">{t("memberships.actingFor")}</Badge>
              )}
              {loaderData.actingFor && loaderData.actingFor !== organization.id && (
                <PostButton
                  fields={{ intent: "switch", organization: organization.id }}
                  label={t("memberships.switch")}
                  size="compact-xs"
                />
              )}
            </Group>
          ))}
        </Stack>
      )}

      <Title order={2} fz={22} mt={40} mb="sm">
        {t("account.password")}
      </Title>
      {loaderData.passwordChanged && (
        <Alert color="teal" variant="light" role="status" mb="sm">
          {t("account.passwordChanged")}
        </Alert>
      )}
      {errors.form && (
        <Alert color="red" variant="light" role="alert" mb="sm">
          {message(errors.form)}
        </Alert>
      )}
      <Form method="post">
        <input type="hidden" name="intent" value="password" />
        <Group align="flex-start" gap="sm" wrap="wrap">
          <PasswordInput
            name="currentPassword"
            autoComplete="current-password"
            label={t("account.currentPassword")}
            required
            w={240}
          />
          <PasswordInput
            name="password"
            autoComplete="new-password"
            label={t("account.newPassword")}
            description={t("auth.passwordHint")}
            error={message(errors.password)}
            required
            w={240}
          />
          <Button type="submit" mt={24}>
            {t("account.changePassword")}
          </Button>
        </Group>
      </Form>

      <Title order={2} fz={22} mt={40} mb={4}>
        {t("account.sessions")}
      </Title>
      <Text c="gray.8" mb="md">
        {t("account.sessionsLead")}
      </Text>
      <Stack gap="sm">
        {loaderData.sessions.map((session) => (
          <Card key={session.id} withBorder padding="md">
            <Group justify="space-between" wrap="wrap" gap="sm">
              <div>
                <Text fw={600}>{session.userAgent ?? "—"}</Text>
                <Text size="sm" c="gray.7">
                  {t("account.signedInAt", {
                    date: new Date(session.createdAt).toLocaleString(locale === "ko" ? "ko-KR" : "en-US"),
                  })}
                  {session.ipAddress ? ` · ${session.ipAddress}` : ""}
                </Text>
              </div>
              {session.current ? (
                <Badge variant="light">{t("account.current")}</Badge>
              ) : (
                <PostButton fields={{ session: session.id }} label={t("account.revoke")} danger />
              )}
            </Group>
          </Card>
        ))}
      </Stack>
    </Container>
  );
}
