import { sql } from "drizzle-orm";
import type { Db, Executor, Tx } from "../../db/client.ts";

/** The directory's version: moved forward by every committed change of organizations or zones (migration 0009). */
export async function readDirectoryVersion(db: Executor): Promise<number> {
  const result = await db.execute<{ version: string }>(
    sql`select version::text from directory_version where id = 1`,
  );
  return Number(result.rows[0]?.version ?? 0);
}

/**
 * Takes the version row first. The trigger that moves it forward runs after each statement, so a
 * transaction that locked organization rows before it could deadlock with an import holding the counter
 * and reaching those rows later. Every directory write starts here; writers wait for each other instead.
 */
export async function lockDirectory(tx: Tx): Promise<void> {
  await tx.execute(sql`select 1 from directory_version where id = 1 for update`);
}

/** A transaction for a change of the directory: the version lock comes first (see lockDirectory). */
export function directoryTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await lockDirectory(tx);
    return work(tx);
  });
}
