import type { Role } from "../../../contracts/access/roles.ts";
import type { Db } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { memoizeFor } from "../../platform/memo.ts";
import { readOrCreateSecret } from "./accounts.repository.ts";
import { type Auth, createAuth } from "./auth.ts";

export type AccountsOptions = { db: Db; baseURL: string; secret?: string | undefined };

export function createAccountsService({ db, baseURL, secret }: AccountsOptions) {
  // Built on first use: it needs the signing secret from the database, and the CLI never needs it.
  const auth: () => Promise<Auth> = memoizeFor(Number.POSITIVE_INFINITY, async () =>
    createAuth({ db, baseURL, secret: secret ?? (await readOrCreateSecret(db, "auth")) }),
  );

  return {
    /** Better Auth's own HTTP endpoints (/api/auth/*): sign-up, sign-in, sign-out, sessions. */
    async handle(request: Request): Promise<Response> {
      return (await auth()).handler(request);
    },

    /** The signed-in user behind a request's session cookie, as an actor; undefined without a live session. */
    async actorFromSession(headers: Headers): Promise<Actor | undefined> {
      const session = await (await auth()).api.getSession({ headers });
      if (!session) return undefined;
      const user = session.user as { id: string; email: string; role?: Role | null };
      return { kind: "user", id: user.id, label: user.email, role: user.role ?? undefined };
    },
  };
}
export type AccountsService = ReturnType<typeof createAccountsService>;
