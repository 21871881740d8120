import type { Role } from "../../../contracts/access/roles.ts";
import type { TokenScope, TokenView } from "../../../contracts/access/token.ts";
import type { Db } from "../../db/client.ts";
import type { Actor, Caller } from "../../platform/actor.ts";
import { AppError, notFound } from "../../platform/errors.ts";
import { isUuid } from "../../platform/ids.ts";
import { authorize } from "../../platform/policy.ts";
import { hashSecretToken, newSecretToken } from "../../platform/secret-token.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { canManageTokens } from "./tokens.policy.ts";
import {
  findLiveToken,
  insertToken,
  listTokens,
  revokeToken,
  type TokenRow,
  touchToken,
} from "./tokens.repository.ts";

const PREFIX = "dgg_";

export type NewToken = {
  name: string;
  role: Role;
  scopes?: TokenScope[];
  organizationId?: string | undefined;
  expiresInDays?: number | undefined;
};

function toView(row: TokenRow): TokenView {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    prefix: row.prefix,
    scopes: row.scopes,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** What the audit log keeps of a token: everything but its hash. */
const audited = (row: TokenRow | undefined) => (row ? toView(row) : null);

export function createTokensService({ db, audit }: { db: Db; audit: AuditService }) {
  // When each token was last marked used by this process: a Bearer read costs one query, not two.
  const lastTouched = new Map<string, number>();
  return {
    /** Issues a token; the plain value is returned this once and stored only as a hash. */
    async create(caller: Caller | undefined, input: NewToken): Promise<{ token: string; view: TokenView }> {
      authorize(caller?.actor, canManageTokens);
      const token = newSecretToken(PREFIX);
      const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
      const row = await db
        .transaction(async (tx) => {
          const created = await insertToken(tx, {
            name: input.name,
            role: input.role,
            tokenHash: hashSecretToken(token),
            prefix: token.slice(0, PREFIX.length + 6),
            scopes: input.scopes ?? ["read", "write"],
            organizationId: input.organizationId ?? null,
            createdBy: caller.actor.label,
            expiresAt,
          });
          await audit.record(
            caller,
            {
              action: "token.create",
              resourceType: "token",
              resourceId: created.id,
              after: audited(created),
            },
            tx,
          );
          return created;
        })
        .catch((error: unknown) => {
          // 23503: the organization does not exist; say which field is wrong instead of failing with a 500.
          if ((error as { cause?: { code?: string } }).cause?.code === "23503") {
            throw new AppError("VALIDATION_FAILED", {
              fields: [{ field: "organizationId", message: "is not an organization of the directory" }],
            });
          }
          throw error;
        });
      return { token, view: toView(row) };
    },

    /** The actor behind a bearer token, or undefined for an unknown, revoked or expired one. */
    async authenticate(token: string): Promise<Actor | undefined> {
      if (!token.startsWith(PREFIX)) return undefined;
      const now = new Date();
      const row = await findLiveToken(db, hashSecretToken(token), now);
      if (!row) return undefined;
      if (now.getTime() - (lastTouched.get(row.id) ?? 0) > 60_000) {
        lastTouched.set(row.id, now.getTime());
        void touchToken(db, row.id, now).catch(() => {});
      }
      return {
        kind: "token",
        id: row.id,
        label: `token ${row.name}`,
        role: row.role,
        organizationId: row.organizationId ?? undefined,
        // An organization's token acts as a member of it, so per-organization policies apply as to a person.
        memberships: row.organizationId
          ? [{ organizationId: row.organizationId, role: "member" }]
          : undefined,
        readOnly: !row.scopes.includes("write"),
      };
    },

    async list(caller: Caller | undefined): Promise<TokenView[]> {
      authorize(caller?.actor, canManageTokens);
      return (await listTokens(db)).map(toView);
    },

    async revoke(caller: Caller | undefined, id: string): Promise<void> {
      authorize(caller?.actor, canManageTokens);
      if (!isUuid(id)) throw notFound();
      await db.transaction(async (tx) => {
        const { before, after } = await revokeToken(tx, id, new Date());
        if (!before) throw notFound();
        if (before === after) return;
        await audit.record(
          caller,
          {
            action: "token.revoke",
            resourceType: "token",
            resourceId: id,
            before: audited(before),
            after: audited(after),
          },
          tx,
        );
      });
    },
  };
}
export type TokensService = ReturnType<typeof createTokensService>;
