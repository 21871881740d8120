import { Button, PasswordInput, TextInput } from "@mantine/core";
import { data, Form, redirect } from "react-router";
import { appContext } from "#app-context";
import {
  callAuth,
  checkFields,
  errorsOf,
  redirectWithCookies,
  safeNext,
} from "../features/accounts/accounts.server.ts";
import { AuthCard } from "../features/accounts/auth-card.tsx";
import { useFormError } from "../features/accounts/form-field-error.tsx";
import { href, localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import { useLocale, useT } from "../i18n/use-locale.ts";
import type { Route } from "./+types/sign-up.ts";

export function loader({ context, request }: Route.LoaderArgs) {
  if (context.get(appContext).actor)
    throw redirect(href("/account", localeFromPath(new URL(request.url).pathname)));
  return null;
}

export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const values = {
    name: String(form.get("name") ?? "").trim(),
    email: String(form.get("email") ?? "").trim(),
  };
  const errors = checkFields(form, ["name", "email", "password"]);
  if (Object.keys(errors).length > 0) return data({ errors, ...values }, 400);
  const url = new URL(request.url);
  const account = href("/account", localeFromPath(url.pathname));
  const answer = await callAuth(context.get(appContext), request, "/sign-up/email", {
    ...values,
    password: String(form.get("password")),
    // Where the e-mail verification link lands, in the language the person signed up in.
    callbackURL: `${account}?verified=1`,
  });
  if (answer.status !== 200) {
    return data({ errors: errorsOf(answer), ...values }, answer.status === 429 ? 429 : 400);
  }
  // An invitation sends people here with ?next= so they come back to accept it.
  return redirectWithCookies(safeNext(url, account), answer);
}

export function meta({ location }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  return [{ title: `${translate(locale, "auth.signUp")} — ${translate(locale, "site.name")}` }];
}

export default function SignUp({ actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const message = useFormError();
  const errors = actionData?.errors ?? {};
  return (
    <AuthCard
      title={t("auth.signUpTitle")}
      formError={message(errors.form)}
      switchText={t("auth.haveAccount")}
      switchLabel={t("auth.signIn")}
      switchTo={href("/sign-in", locale)}
    >
      <Form method="post" noValidate>
        <TextInput
          name="name"
          autoComplete="name"
          label={t("auth.name")}
          defaultValue={actionData?.name}
          error={message(errors.name)}
          required
          mb="md"
        />
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
          autoComplete="new-password"
          label={t("auth.password")}
          description={t("auth.passwordHint")}
          error={message(errors.password)}
          required
          mb="lg"
        />
        <Button type="submit" fullWidth>
          {t("auth.signUp")}
        </Button>
      </Form>
    </AuthCard>
  );
}
