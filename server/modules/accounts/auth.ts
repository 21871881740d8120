import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware } from "better-auth/api";
import type { Db } from "../../db/client.ts";
import { negotiateLocale } from "../../platform/i18n.ts";
import type { MailService } from "../../platform/mail/mail.service.ts";
import { accounts, sessions, users, verifications } from "./accounts.table.ts";
import {
  hashPassword,
  isCommonPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  verifyPassword,
} from "./password-policy.ts";

export type AuthOptions = {
  db: Db;
  secret: string;
  /** Per-address limits on sign-in, sign-up and reset (off only for end-to-end tests). */
  rateLimit?: boolean;
  /** The site's own origin (PUBLIC_URL, or http://localhost:PORT): cookie requests from elsewhere are refused. */
  baseURL: string;
  /** Sends the verification and password-reset mail; without it Better Auth refuses those endpoints. */
  mail?: AccountMail | undefined;
};

// --- e-mail (issue 3) ---
export type AccountMail = Pick<MailService, "sendInBackground">;
/** How long verification and password-reset links stay valid; the mail says so. */
const LINK_VALID_MINUTES = 60;

/** The recipient's language: the request's `lang` cookie, then Accept-Language, then Korean. */
function localeOf(request: Request | undefined) {
  return negotiateLocale({
    cookie: request?.headers.get("cookie") ?? undefined,
    "accept-language": request?.headers.get("accept-language") ?? undefined,
  });
}

/**
 * Better Auth's mail hooks. Mail is queued in the background (outbox row + job), so the answer takes the
 * same time whether or not an account exists for the address.
 */
function mailOptions(mail: AccountMail | undefined) {
  if (!mail) return { emailAndPassword: {}, emailVerification: undefined };
  const link = (
    kind: "verify-email" | "reset-password",
    user: { email: string; name: string },
    url: string,
    request: Request | undefined,
  ) =>
    mail.sendInBackground({
      kind,
      to: user.email,
      locale: localeOf(request),
      params: { name: user.name, url, validForMinutes: LINK_VALID_MINUTES },
    });
  return {
    emailAndPassword: {
      resetPasswordTokenExpiresIn: LINK_VALID_MINUTES * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async (
        { user, url }: { user: { email: string; name: string }; url: string },
        request?: Request,
      ) => link("reset-password", user, url, request),
    },
    emailVerification: {
      sendOnSignUp: true,
      expiresIn: LINK_VALID_MINUTES * 60,
      sendVerificationEmail: async (
        { user, url }: { user: { email: string; name: string }; url: string },
        request?: Request,
      ) => link("verify-email", user, url, request),
    },
  };
}
// --- end e-mail ---

/**
 * Better Auth on our own tables: email and password with argon2id, sessions in PostgreSQL,
 * its origin check as CSRF protection for cookie sessions, and tighter rate limits on sign-in and sign-up.
 */
export function createAuth({ db, secret, baseURL, mail, rateLimit = true }: AuthOptions) {
  const https = baseURL.startsWith("https://");
  const mailing = mailOptions(mail);
  return betterAuth({
    appName: "Daegu Global Gateway",
    baseURL,
    basePath: "/api/auth",
    secret,
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
    }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      password: { hash: hashPassword, verify: verifyPassword },
      ...mailing.emailAndPassword,
    },
    emailVerification: mailing.emailVerification,
    user: { additionalFields: { role: { type: "string", required: false, input: false } } },
    session: {
      expiresIn: 60 * 60 * 24 * 30,
      updateAge: 60 * 60 * 24,
      // Saves a session query on most requests; a revoked session stops working within 5 minutes.
      cookieCache: { enabled: true, maxAge: 5 * 60 },
    },
    rateLimit: {
      enabled: rateLimit,
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: 5 },
        "/sign-up/email": { window: 60, max: 3 },
        "/request-password-reset": { window: 60, max: 3 },
        "/send-verification-email": { window: 60, max: 3 },
      },
    },
    advanced: {
      cookiePrefix: "dgg",
      useSecureCookies: https,
      // Better Auth skips its origin (CSRF) check when NODE_ENV=test; we want tests to prove it holds.
      disableOriginCheck: false,
    },
    telemetry: { enabled: false },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        const body = ctx.body as { password?: unknown; newPassword?: unknown } | undefined;
        const password = body?.password ?? body?.newPassword;
        const isNewPassword = ["/sign-up/email", "/reset-password", "/change-password"].includes(ctx.path);
        if (isNewPassword && typeof password === "string" && isCommonPassword(password)) {
          throw new APIError("BAD_REQUEST", {
            code: "PASSWORD_TOO_COMMON",
            message: "password is too common",
          });
        }
      }),
    },
  });
}
export type Auth = ReturnType<typeof createAuth>;
