import { Anchor, Button, PasswordInput, Text, TextInput } from "@mantine/core";
import { data, Form, Link, redirect, useSearchParams } from "react-router";
import { appContext } from "#app-context";
import {
  callAuth,
  checkFields,
  errorsOf,
  redirectWithCookies,
  safeNext,
} from "../features/accounts/accounts.server.ts";
import { AuthCard } from "../features/accounts/auth-card.tsx";
import { AuthNotice } from "../features/accounts/auth-notice.tsx";
import { useFormError } from "../features/accounts/form-field-error.tsx";
import { href, localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import { useLocale, useT } from "../i18n/use-locale.ts";
import type { Route } from "./+types/sign-in.ts";

export function loader({ context, request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  if (context.get(appContext).actor) throw redirect(safeNext(url, href("/", localeFromPath(url.pathname))));
  return null;
}

export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const errors = checkFields(form, ["email"]);
  if (Object.keys(errors).length > 0) return data({ errors, email: String(form.get("email") ?? "") }, 400);
  const email = String(form.get("email")).trim();
  const answer = await callAuth(context.get(appContext), request, "/sign-in/email", {
    email,
    password: String(form.get("password") ?? ""),
  });
  if (answer.status !== 200)
    return data({ errors: errorsOf(answer), email }, answer.status === 429 ? 429 : 400);
  const url = new URL(request.url);
  return redirectWithCookies(safeNext(url, href("/", localeFromPath(url.pathname))), answer);
}

export function meta({ location }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  return [{ title: `${translate(locale, "auth.signIn")} — ${translate(locale, "site.name")}` }];
}

export default function SignIn({ actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const message = useFormError();
  const errors = actionData?.errors ?? {};
  // Set by the reset-password page after a new password was saved; gone once the reader tries to sign in.
  const passwordReset = useSearchParams()[0].get("reset") === "done" && !actionData;
  return (
    <AuthCard
      title={t("auth.signInTitle")}
      formError={message(errors.form)}
      switchText={t("auth.noAccount")}
      switchLabel={t("auth.signUp")}
      switchTo={href("/sign-up", locale)}
    >
      {passwordReset && <AuthNotice>{t("auth.resetDone")}</AuthNotice>}
      <Form method="post" noValidate>
        <TextInput
          name="email"
          type="email"
          autoComplete="email"
          label={t("auth.email")}
          defaultValue={actionData?.email}
          error={message(errors.email)}
          required
          mb="md"
        />
        <PasswordInput
          name="password"
          autoComplete="current-password"
          label={t("auth.password")}
          error={message(errors.password)}
          required
          mb="xs"
        />
        <Text ta="right" fz="sm" mb="lg">
          <Anchor component={Link} to={href("/forgot-password", locale)} c="daegu.9">
            {t("auth.forgotLink")}
          </Anchor>
        </Text>
        <Button type="submit" fullWidth>
          {t("auth.signIn")}
        </Button>
      </Form>
    </AuthCard>
  );
}
