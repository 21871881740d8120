import { redirect } from "react-router";
import type { AppContext } from "#app-context";
import type { AuthAnswer } from "../../../server/modules/accounts/accounts.service.ts";
import type { MessageKey } from "../../i18n/messages.ts";

export type Field = "name" | "email" | "password" | "form";
export type FormErrors = Partial<Record<Field, { key: MessageKey; values?: Record<string, number> }>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks what can be checked here, so each field is named before Better Auth is asked. */
export function checkFields(form: FormData, fields: Field[]): FormErrors {
  const errors: FormErrors = {};
  const value = (name: string) => String(form.get(name) ?? "").trim();
  if (fields.includes("name") && !value("name")) errors.name = { key: "auth.error.name" };
  if (fields.includes("email") && !EMAIL.test(value("email"))) errors.email = { key: "auth.error.email" };
  if (fields.includes("password") && String(form.get("password") ?? "").length < 10) {
    errors.password = { key: "auth.error.tooShort" };
  }
  return errors;
}

/** Better Auth's answer in the reader's terms, pinned to the field it is about. */
export function errorsOf(answer: AuthAnswer): FormErrors {
  if (answer.status === 429) {
    return { form: { key: "auth.error.rateLimited", values: { seconds: answer.retryAfterSeconds ?? 60 } } };
  }
  const code = String(answer.data.code ?? "");
  if (code === "INVALID_EMAIL_OR_PASSWORD") return { form: { key: "auth.error.invalid" } };
  if (code.startsWith("USER_ALREADY_EXISTS")) return { email: { key: "auth.error.exists" } };
  if (code === "PASSWORD_TOO_SHORT") return { password: { key: "auth.error.tooShort" } };
  if (code === "PASSWORD_TOO_LONG") return { password: { key: "auth.error.tooLong" } };
  if (code === "PASSWORD_TOO_COMMON") return { password: { key: "auth.error.tooCommon" } };
  if (code === "INVALID_EMAIL") return { email: { key: "auth.error.email" } };
  return { form: { key: "auth.error.unknown" } };
}

/** Only same-site paths are followed after signing in. */
export function safeNext(url: URL, fallback: string): string {
  const next = url.searchParams.get("next");
  // Browsers read "/\\host" like "//host": only a single slash followed by neither counts as this site.
  return next && /^\/(?![/\\])/.test(next) ? next : fallback;
}

/** Finishes a successful call: its cookies go to the browser along with the redirect. */
export function redirectWithCookies(to: string, answer: AuthAnswer) {
  const headers = new Headers();
  for (const cookie of answer.setCookies) headers.append("set-cookie", cookie);
  return redirect(to, { headers });
}

export function callAuth(
  context: AppContext,
  request: Request,
  path: string,
  body?: object,
  method: "GET" | "POST" = "POST",
) {
  return context.services.accounts.call(path, {
    ip: context.clientIp,
    cookie: request.headers.get("cookie"),
    acceptLanguage: request.headers.get("accept-language"),
    method,
    ...(body ? { body } : {}),
  });
}
