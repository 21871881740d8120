import type { AppContext } from "#app-context";
import type { Locale } from "../../../contracts/common/locale-text.ts";
import type { AuthAnswer } from "../../../server/modules/accounts/accounts.service.ts";
import { href } from "../../i18n/locale.ts";
import { callAuth } from "./accounts.server.ts";

/**
 * Asks Better Auth to mail a reset link for `email`. Its answer is the same whether or not an account
 * exists (the mail is queued in the background), so the page can only learn "done" or "rate-limited".
 */
export function requestPasswordReset(context: AppContext, request: Request, locale: Locale, email: string) {
  // The mail follows the page's language: without the browser's cookie and Accept-Language, Better Auth's
  // request carries only this one. The link lands on the reset page in the same language; a path rather
  // than an absolute URL, so it resolves against Better Auth's own base URL (the host of the mailed link).
  const pageLanguage = new Request(request.url, { headers: { "accept-language": locale } });
  return callAuth(context, pageLanguage, "/request-password-reset", {
    email,
    redirectTo: href("/reset-password", locale),
  });
}

/** Sets the new password for the account behind a reset token; the token then stops working. */
export function resetPassword(context: AppContext, request: Request, token: string, newPassword: string) {
  return callAuth(context, request, "/reset-password", { token, newPassword });
}

/** True when the reset link is unknown, used or expired: the reader needs a new one. */
export function isDeadLink(answer: AuthAnswer): boolean {
  return ["INVALID_TOKEN", "TOKEN_EXPIRED", "USER_NOT_FOUND"].includes(String(answer.data.code ?? ""));
}
