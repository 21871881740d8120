import { count, desc, eq, sql } from "drizzle-orm";
import type { Db, Executor } from "../../db/client.ts";
import { mailOutbox } from "./mail.table.ts";

export type OutboxRow = typeof mailOutbox.$inferSelect;

export async function insertMail(
  writer: Executor,
  values: typeof mailOutbox.$inferInsert,
): Promise<OutboxRow> {
  const [row] = await writer.insert(mailOutbox).values(values).returning();
  return row!;
}

export async function findMail(db: Db, id: string): Promise<OutboxRow | undefined> {
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return row;
}

/** Counts one delivery attempt and its outcome: `sent`, or the error and whether retries are exhausted. */
export async function recordAttempt(
  db: Db,
  id: string,
  outcome: { sent: true } | { sent: false; error: string; final: boolean },
) {
  await db
    .update(mailOutbox)
    .set(
      outcome.sent
        ? { attempts: sql`${mailOutbox.attempts} + 1`, status: "sent", sentAt: new Date(), lastError: null }
        : {
            attempts: sql`${mailOutbox.attempts} + 1`,
            lastError: outcome.error.slice(0, 2000),
            ...(outcome.final ? { status: "failed" as const } : {}),
          },
    )
    .where(eq(mailOutbox.id, id));
}

/** Newest first (ids are UUIDv7, so id order is creation order). */
export async function listMail(db: Db, page: { limit: number; offset: number }) {
  const [items, [total]] = await Promise.all([
    db.select().from(mailOutbox).orderBy(desc(mailOutbox.id)).limit(page.limit).offset(page.offset),
    db.select({ value: count() }).from(mailOutbox),
  ]);
  return { items, total: total?.value ?? 0 };
}
