import { and, count, desc, eq } from "drizzle-orm";
import type { Db, Executor } from "../../db/client.ts";
import { organizations } from "./organizations.table.ts";
import { organizationRevisions, type RevisionStatus } from "./revisions.table.ts";

const columns = {
  revision: organizationRevisions,
  organization: { id: organizations.id, externalId: organizations.externalId, name: organizations.name },
};
export type RevisionRow = typeof organizationRevisions.$inferSelect & {
  organization: { id: string; externalId: string; name: { ko?: string; en?: string } };
};

export async function listRevisions(
  db: Db,
  status: RevisionStatus | undefined,
  page: { limit: number; offset: number },
) {
  const where = status ? eq(organizationRevisions.status, status) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select(columns)
      .from(organizationRevisions)
      .innerJoin(organizations, eq(organizations.id, organizationRevisions.organizationId))
      .where(where)
      .orderBy(desc(organizationRevisions.createdAt), desc(organizationRevisions.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(organizationRevisions).where(where),
  ]);
  return { rows: rows.map(flatten), total: total?.n ?? 0 };
}

/** Whether an organization still has edits waiting for the city. */
export async function hasPendingRevisions(db: Executor, organizationId: string): Promise<boolean> {
  const rows = await db
    .select({ id: organizationRevisions.id })
    .from(organizationRevisions)
    .where(
      and(
        eq(organizationRevisions.organizationId, organizationId),
        eq(organizationRevisions.status, "pending"),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function findRevision(db: Executor, id: string) {
  const [row] = await db
    .select(columns)
    .from(organizationRevisions)
    .innerJoin(organizations, eq(organizations.id, organizationRevisions.organizationId))
    .where(eq(organizationRevisions.id, id))
    .for("update", { of: organizationRevisions });
  return row && flatten(row);
}

function flatten(row: {
  revision: typeof organizationRevisions.$inferSelect;
  organization: RevisionRow["organization"];
}): RevisionRow {
  return { ...row.revision, organization: row.organization };
}
