import { Anchor, Button, PasswordInput } from "@mantine/core";
import { data, Form, Link, redirect } from "react-router";
import { appContext } from "#app-context";
import { checkFields, errorsOf, type FormErrors } from "../features/accounts/accounts.server.ts";
import { AuthCard } from "../features/accounts/auth-card.tsx";
import { useFormError } from "../features/accounts/form-field-error.tsx";
import { isDeadLink, resetPassword } from "../features/accounts/password-reset.server.ts";
import { href, localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import { useLocale, useT } from "../i18n/use-locale.ts";
import type { Route } from "./+types/reset-password.ts";

/**
 * The mailed link passes Better Auth first (/api/auth/reset-password/TOKEN), which checks the token and
 * sends the reader here with `?token=…`, or with `?error=INVALID_TOKEN` when it is unknown or expired.
 */
export function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const token = url.searchParams.get("token");
  return { token: url.searchParams.has("error") ? null : token || null };
}

export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const token = String(form.get("token") ?? "");
  if (!token) return data({ errors: {}, deadLink: true }, 400);
  const errors = checkFields(form, ["password"]);
  if (Object.keys(errors).length > 0) return data({ errors, deadLink: false }, 400);
  const answer = await resetPassword(context.get(appContext), request, token, String(form.get("password")));
  if (answer.status === 200) {
    return redirect(`${href("/sign-in", localeFromPath(new URL(request.url).pathname))}?reset=done`);
  }
  if (isDeadLink(answer)) return data({ errors: {}, deadLink: true }, 400);
  return data({ errors: errorsOf(answer), deadLink: false }, answer.status === 429 ? 429 : 400);
}

export function meta({ location }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  return [{ title: `${translate(locale, "auth.resetTitle")} — ${translate(locale, "site.name")}` }];
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const message = useFormError();
  const errors: FormErrors = actionData?.errors ?? {};
  const deadLink = !loaderData.token || actionData?.deadLink;
  return (
    <AuthCard
      title={t("auth.resetTitle")}
      formError={deadLink ? t("auth.error.invalidLink") : message(errors.form)}
      switchText={t("auth.remembered")}
      switchLabel={t("auth.signIn")}
      switchTo={href("/sign-in", locale)}
    >
      {deadLink ? (
        <Anchor component={Link} to={href("/forgot-password", locale)} c="daegu.9" fw={600}>
          {t("auth.requestNewLink")}
        </Anchor>
      ) : (
        <Form method="post" noValidate>
          <input type="hidden" name="token" value={loaderData.token ?? ""} />
          <PasswordInput
            name="password"
            autoComplete="new-password"
            label={t("auth.newPassword")}
            description={t("auth.passwordHint")}
            error={message(errors.password)}
            required
            mb="lg"
          />
          <Button type="submit" fullWidth>
            {t("auth.resetSubmit")}
          </Button>
        </Form>
      )}
    </AuthCard>
  );
}
