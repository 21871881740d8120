import { and, arrayContains, asc, count, eq, ilike, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { containsPattern } from "../../platform/ids.ts";
import { zones } from "../zones/zones.table.ts";
import { organizations } from "./organizations.table.ts";

export type OrganizationFilter = {
  q?: string;
  kind?: string;
  scope?: string;
  industry?: string;
  zone?: string;
  externalId?: string;
};

const columns = { organization: organizations, zoneCode: zones.code };
export type OrganizationRow = typeof organizations.$inferSelect & { zoneCode: string | null };

function where(filter: OrganizationFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    filter.kind ? eq(organizations.kind, filter.kind as never) : undefined,
    filter.scope ? eq(organizations.scope, filter.scope as never) : undefined,
    filter.industry ? arrayContains(organizations.industries, [filter.industry]) : undefined,
    filter.zone ? eq(zones.code, filter.zone) : undefined,
    filter.externalId ? eq(organizations.externalId, filter.externalId) : undefined,
    filter.q ? matchesText(filter.q) : undefined,
  ];
  return and(...conditions.filter(Boolean));
}

// Plain substring match on names and summaries; the directory issue replaces it with ranked bilingual search.
function matchesText(q: string): SQL | undefined {
  const pattern = containsPattern(q);
  return or(
    ilike(sql`${organizations.name}->>'ko'`, pattern),
    ilike(sql`${organizations.name}->>'en'`, pattern),
    ilike(sql`${organizations.summary}->>'ko'`, pattern),
    ilike(sql`${organizations.summary}->>'en'`, pattern),
  );
}

export async function listOrganizations(
  db: Db,
  filter: OrganizationFilter,
  page: { limit: number; offset: number },
) {
  const condition = where(filter);
  const [rows, [total]] = await Promise.all([
    db
      .select(columns)
      .from(organizations)
      .leftJoin(zones, eq(zones.id, organizations.zoneId))
      .where(condition)
      .orderBy(asc(organizations.sortName), asc(organizations.id))
      .limit(page.limit)
      .offset(page.offset),
    db
      .select({ n: count() })
      .from(organizations)
      .leftJoin(zones, eq(zones.id, organizations.zoneId))
      .where(condition),
  ]);
  return { rows: rows.map(flatten), total: total?.n ?? 0 };
}

export async function findOrganization(db: Db, id: string): Promise<OrganizationRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(organizations)
    .leftJoin(zones, eq(zones.id, organizations.zoneId))
    .where(eq(organizations.id, id));
  return row && flatten(row);
}

/** Featured organizations for the home page: the program's partners and offices by their external ids. */
export async function findByExternalIds(db: Db, externalIds: string[]): Promise<OrganizationRow[]> {
  if (externalIds.length === 0) return [];
  const rows = await db
    .select(columns)
    .from(organizations)
    .leftJoin(zones, eq(zones.id, organizations.zoneId))
    .where(inArray(organizations.externalId, externalIds));
  return rows.map(flatten);
}

export async function countByScope(db: Db) {
  const rows = await db
    .select({ scope: organizations.scope, n: count() })
    .from(organizations)
    .groupBy(organizations.scope);
  return Object.fromEntries(rows.map((row) => [row.scope, row.n])) as Partial<
    Record<"local" | "global", number>
  >;
}

function flatten(row: {
  organization: typeof organizations.$inferSelect;
  zoneCode: string | null;
}): OrganizationRow {
  return { ...row.organization, zoneCode: row.zoneCode };
}
