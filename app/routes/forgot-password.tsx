import { Anchor, Button, Text, TextInput } from "@mantine/core";
import { data, Form, Link } from "react-router";
import { appContext } from "#app-context";
import { checkFields, errorsOf, type FormErrors } from "../features/accounts/accounts.server.ts";
import { AuthCard } from "../features/accounts/auth-card.tsx";
import { AuthNotice } from "../features/accounts/auth-notice.tsx";
import { useFormError } from "../features/accounts/form-field-error.tsx";
import { requestPasswordReset } from "../features/accounts/password-reset.server.ts";
import { href, localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import { useLocale, useT } from "../i18n/use-locale.ts";
import type { Route } from "./+types/forgot-password.ts";

export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const email = String(form.get("email") ?? "").trim();
  const errors = checkFields(form, ["email"]);
  if (Object.keys(errors).length > 0) return data({ errors, email, sent: false }, 400);
  const locale = localeFromPath(new URL(request.url).pathname);
  const answer = await requestPasswordReset(context.get(appContext), request, locale, email);
  // One answer whether or not the address has an account, so the form cannot be used to find members.
  if (answer.status === 200) return { errors: {}, email, sent: true };
  return data({ errors: errorsOf(answer), email, sent: false }, answer.status === 429 ? 429 : 400);
}

export function meta({ location }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  return [{ title: `${translate(locale, "auth.forgotTitle")} — ${translate(locale, "site.name")}` }];
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const message = useFormError();
  const errors: FormErrors = actionData?.errors ?? {};
  return (
    <AuthCard
      title={t("auth.forgotTitle")}
      formError={message(errors.form)}
      switchText={t("auth.remembered")}
      switchLabel={t("auth.signIn")}
      switchTo={href("/sign-in", locale)}
    >
      {actionData?.sent ? (
        <>
          <AuthNotice>{t("auth.forgotSent", { email: actionData.email })}</AuthNotice>
          <Anchor component={Link} to={href("/forgot-password", locale)} c="daegu.9">
            {t("auth.forgotAgain")}
          </Anchor>
        </>
      ) : (
        <Form method="post" noValidate>
          <Text mb="md">{t("auth.forgotLead")}</Text>
          <TextInput
            name="email"
            type="email"
            autoComplete="email"
            label={t("auth.email")}
            defaultValue={actionData?.email}
            error={message(errors.email)}
            required
            mb="lg"
          />
          <Button type="submit" fullWidth>
            {t("auth.forgotSubmit")}
          </Button>
        </Form>
      )}
    </AuthCard>
  );
}
