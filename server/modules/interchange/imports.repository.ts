import { and, count, desc, eq, getTableColumns, lt } from "drizzle-orm";
import type { Db, Executor } from "../../db/client.ts";
import { interchangeImports } from "./imports.table.ts";

export type ImportRow = typeof interchangeImports.$inferSelect;
type ImportPatch = Partial<Omit<typeof interchangeImports.$inferInsert, "id" | "createdAt" | "createdBy">>;

export async function insertImport(
  db: Db,
  values: { fileName: string; totalLines: number; createdBy: string },
): Promise<ImportRow> {
  const [row] = await db
    .insert(interchangeImports)
    .values({ ...values, status: "running", phase: "validating" })
    .returning();
  return row!;
}

/** Changes a running import only: a late progress report never overwrites how it ended. */
export async function updateRunningImport(executor: Executor, id: string, patch: ImportPatch) {
  await executor
    .update(interchangeImports)
    .set({ ...patch, heartbeatAt: new Date() })
    .where(and(eq(interchangeImports.id, id), eq(interchangeImports.status, "running")));
}

export async function findImport(db: Db, id: string): Promise<ImportRow | undefined> {
  const [row] = await db.select().from(interchangeImports).where(eq(interchangeImports.id, id));
  return row;
}

/** Newest first, without the problems (a list never shows them; they may be thousands). */
export async function listImports(db: Db, page: { limit: number; offset: number }) {
  const { problems: _problems, ...columns } = getTableColumns(interchangeImports);
  const [rows, [total]] = await Promise.all([
    db
      .select(columns)
      .from(interchangeImports)
      .orderBy(desc(interchangeImports.createdAt), desc(interchangeImports.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(interchangeImports),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/**
 * Marks imports still `running` whose process stopped reporting (no progress for `silentMs`) as failed;
 * returns how many. Imports of live processes, on this server or another, keep moving and are left alone.
 */
export async function failSilentImports(db: Db, silentMs: number): Promise<number> {
  const rows = await db
    .update(interchangeImports)
    .set({ status: "failed", phase: null, finishedAt: new Date() })
    .where(
      and(
        eq(interchangeImports.status, "running"),
        lt(interchangeImports.heartbeatAt, new Date(Date.now() - silentMs)),
      ),
    )
    .returning({ id: interchangeImports.id });
  return rows.length;
}
