import { and, desc, eq, gt, isNull, lt, or } from "drizzle-orm";
import type { Db, Executor } from "../../db/client.ts";
import { apiTokens } from "./tokens.table.ts";

export type TokenRow = typeof apiTokens.$inferSelect;

export async function insertToken(
  writer: Executor,
  values: typeof apiTokens.$inferInsert,
): Promise<TokenRow> {
  const [row] = await writer.insert(apiTokens).values(values).returning();
  return row!;
}

/** The live token with this hash: not revoked, not expired. */
export async function findLiveToken(db: Db, tokenHash: string, now: Date): Promise<TokenRow | undefined> {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(
      and(
        eq(apiTokens.tokenHash, tokenHash),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
      ),
    );
  return row;
}

/** Touches last_used_at at most once a minute per token, so authenticated reads do not each cost a write. */
export async function touchToken(db: Db, id: string, now: Date) {
  const aMinuteAgo = new Date(now.getTime() - 60_000);
  await db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, aMinuteAgo))));
}

export function listTokens(db: Db): Promise<TokenRow[]> {
  return db.select().from(apiTokens).orderBy(desc(apiTokens.id));
}

/** Marks a token revoked (once); returns the row before and after, for the audit log. */
export async function revokeToken(tx: Executor, id: string, now: Date) {
  const [before] = await tx.select().from(apiTokens).where(eq(apiTokens.id, id)).for("update");
  if (!before || before.revokedAt) return { before, after: before };
  const [after] = await tx.update(apiTokens).set({ revokedAt: now }).where(eq(apiTokens.id, id)).returning();
  return { before, after };
}
