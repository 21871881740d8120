import type { Role } from "../../../contracts/access/roles.ts";
import type { Db } from "../../db/client.ts";
import type { Actor, Caller } from "../../platform/actor.ts";
import { notFound } from "../../platform/errors.ts";
import { memoizeFor } from "../../platform/memo.ts";
import { authorize } from "../../platform/policy.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { canManageUsers } from "./accounts.policy.ts";
import { findUserByEmail, listUsers, readOrCreateSecret, setUserRole } from "./accounts.repository.ts";
import { type AccountMail, type Auth, createAuth } from "./auth.ts";

export type AuthAnswer = {
  status: number;
  data: Record<string, unknown>;
  setCookies: string[];
  /** Set when a rate limit refused the call: how long until the next try is allowed. */
  retryAfterSeconds: number | undefined;
};

export type AccountsOptions = {
  db: Db;
  baseURL: string;
  secret?: string | undefined;
  /** Sends verification and password-reset mail (server/platform/mail). */
  mail?: AccountMail | undefined;
  audit: AuditService;
  rateLimit?: boolean;
  /** The organizations a user represents (from the memberships module), carried on the actor. */
  membershipsOf?: (
    userId: string,
  ) => Promise<{ organizationId: string; role: "owner" | "member"; actsAs?: Role | undefined }[]>;
};

export function createAccountsService({
  db,
  baseURL,
  secret,
  mail,
  audit,
  rateLimit = true,
  membershipsOf,
}: AccountsOptions) {
  // Built on first use: it needs the signing secret from the database, and the CLI never needs it.
  const auth: () => Promise<Auth> = memoizeFor(Number.POSITIVE_INFINITY, async () =>
    createAuth({ db, baseURL, mail, rateLimit, secret: secret ?? (await readOrCreateSecret(db, "auth")) }),
  );

  return {
    /** Better Auth's own HTTP endpoints (/api/auth/*): sign-up, sign-in, sign-out, sessions. */
    async handle(request: Request): Promise<Response> {
      return (await auth()).handler(request);
    },

    /**
     * Calls one of Better Auth's endpoints in-process on behalf of a page action, exactly as a browser
     * would over HTTP (same origin check, rate limit per client address, cookies), and returns its answer.
     */
    async call(
      path: string,
      options: {
        body?: object;
        cookie?: string | null;
        acceptLanguage?: string | null;
        ip: string;
        method?: "GET" | "POST";
      },
    ): Promise<AuthAnswer> {
      const headers = new Headers({ origin: new URL(baseURL).origin, "x-forwarded-for": options.ip });
      if (options.cookie) headers.set("cookie", options.cookie);
      // Mail started from a page (verification, reset) goes out in the reader's language.
      if (options.acceptLanguage) headers.set("accept-language", options.acceptLanguage);
      if (options.body) headers.set("content-type", "application/json");
      const response = await (await auth()).handler(
        new Request(new URL(`/api/auth${path}`, baseURL), {
          method: options.method ?? "POST",
          headers,
          ...(options.body ? { body: JSON.stringify(options.body) } : {}),
        }),
      );
      const text = await response.text();
      return {
        status: response.status,
        data: text ? (JSON.parse(text) as Record<string, unknown>) : {},
        setCookies: response.headers.getSetCookie(),
        retryAfterSeconds: Number(response.headers.get("x-retry-after")) || undefined,
      };
    },

    /**
     * Gives a user a platform role (or takes it away with null); city admins only, audited.
     * Sessions pick the new role up within the 5-minute session cookie cache.
     */
    async setRole(caller: Caller | undefined, email: string, role: Role | null) {
      authorize(caller?.actor, canManageUsers);
      const user = await findUserByEmail(db, email);
      if (!user) throw notFound();
      return db.transaction(async (tx) => {
        const updated = await setUserRole(tx, user.id, role);
        await audit.record(
          caller,
          {
            action: "user.set-role",
            resourceType: "user",
            resourceId: user.id,
            before: { role: user.role },
            after: { role },
          },
          tx,
        );
        return { id: user.id, email: user.email, role: updated?.role ?? null };
      });
    },

    async listUsers(
      caller: Caller | undefined,
      q: string | undefined,
      page: { limit: number; offset: number },
    ) {
      authorize(caller?.actor, canManageUsers);
      return listUsers(db, q, page);
    },

    /** The signed-in user behind a request's session cookie, as an actor; undefined without a live session. */
    async actorFromSession(headers: Headers): Promise<Actor | undefined> {
      const session = await (await auth()).api.getSession({ headers });
      if (!session) return undefined;
      const user = session.user as { id: string; email: string; emailVerified: boolean; role?: Role | null };
      const memberships = (await membershipsOf?.(user.id))?.map(({ organizationId, role, actsAs }) => ({
        organizationId,
        role,
        actsAs,
      }));
      // The organization chosen with the switch (a cookie), if the user still belongs to it; else their first.
      const chosen = /(?:^|;\s*)dgg\.org=([0-9a-f-]{36})/.exec(headers.get("cookie") ?? "")?.[1];
      const organizationId =
        memberships?.find((m) => m.organizationId === chosen)?.organizationId ??
        memberships?.[0]?.organizationId;
      return {
        kind: "user",
        id: user.id,
        label: user.email,
        role: user.role ?? undefined,
        emailVerified: user.emailVerified,
        organizationId,
        memberships,
      };
    },
  };
}
export type AccountsService = ReturnType<typeof createAccountsService>;
