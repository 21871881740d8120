import { and, count, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import type { Db, Executor } from "../../db/client.ts";
import { auditEvents } from "./audit.table.ts";

export type AuditFilter = {
  actorId?: string | undefined;
  action?: string | undefined;
  resourceType?: string | undefined;
  resourceId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
};
export type AuditInsert = typeof auditEvents.$inferInsert;
export type AuditRow = typeof auditEvents.$inferSelect;
/** A database handle or an open transaction: audit rows are written in the same transaction as the change. */
export type Writer = Executor;

export async function insertAuditEvent(writer: Writer, event: AuditInsert) {
  await writer.insert(auditEvents).values(event);
}

function whereOf(filter: AuditFilter, extra?: SQL): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    filter.actorId ? eq(auditEvents.actorId, filter.actorId) : undefined,
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
    filter.resourceType ? eq(auditEvents.resourceType, filter.resourceType) : undefined,
    filter.resourceId ? eq(auditEvents.resourceId, filter.resourceId) : undefined,
    filter.from ? gte(auditEvents.at, filter.from) : undefined,
    filter.to ? lt(auditEvents.at, filter.to) : undefined,
    extra,
  ];
  return and(...conditions.filter(Boolean));
}

export async function listAuditEvents(db: Db, filter: AuditFilter, page: { limit: number; offset: number }) {
  const where = whereOf(filter);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(auditEvents)
      .where(where)
      .orderBy(desc(auditEvents.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(auditEvents).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/**
 * One page of the export, newest first, strictly older than `before` (ids are UUIDv7, so id order is
 * time order). Keyset paging: every page costs the same however deep the export is.
 */
export function auditEventsBefore(
  db: Db,
  filter: AuditFilter,
  before: string | undefined,
  limit: number,
): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditEvents)
    .where(whereOf(filter, before ? lt(auditEvents.id, before) : undefined))
    .orderBy(desc(auditEvents.id))
    .limit(limit);
}
