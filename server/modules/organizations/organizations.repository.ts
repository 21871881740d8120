import { asc, count, desc, eq, getTableColumns, inArray } from "drizzle-orm";
import type { Db, Executor } from "../../db/client.ts";
import { isUuid } from "../../platform/ids.ts";
import type { SearchQuery } from "../../platform/search/query.ts";
import { zones } from "../zones/zones.table.ts";
import {
  allOf,
  filterConditions,
  type OrganizationFilter,
  type SearchPhase,
  searchPhases,
} from "./organizations.filter.ts";
import { organizations } from "./organizations.table.ts";
import { organizationMerges } from "./revisions.table.ts";

export type { OrganizationFilter } from "./organizations.filter.ts";

// The lexemes are for PostgreSQL only: large, and never worth sending back.
const { searchTokens: _lexemes, ...organizationColumns } = getTableColumns(organizations);
const columns = { organization: organizationColumns, zoneCode: zones.code };
export type OrganizationRow = Omit<typeof organizations.$inferSelect, "searchTokens"> & {
  zoneCode: string | null;
};
export type Page = { limit: number; offset: number };

/** Filtered rows by name, or with a search query by relevance (then name), phase by phase. */
export async function listOrganizations(
  db: Db,
  filter: OrganizationFilter,
  page: Page,
  search?: SearchQuery,
) {
  const filters = Object.values(filterConditions(filter));
  const run = async (phase?: SearchPhase) => {
    const condition = allOf([...filters, phase?.condition]);
    const order = phase
      ? [desc(phase.relevance), asc(organizations.sortName), asc(organizations.id)]
      : [asc(organizations.sortName), asc(organizations.id)];
    const [rows, [total]] = await Promise.all([
      db
        .select(columns)
        .from(organizations)
        .leftJoin(zones, eq(zones.id, organizations.zoneId))
        .where(condition)
        .orderBy(...order)
        .limit(page.limit)
        .offset(page.offset),
      db
        .select({ n: count() })
        .from(organizations)
        .leftJoin(zones, eq(zones.id, organizations.zoneId))
        .where(condition),
    ]);
    return { rows: rows.map(flatten), total: total?.n ?? 0 };
  };
  if (!search) return run();
  const phases = searchPhases(search);
  for (const [at, phase] of phases.entries()) {
    const result = await run(phase);
    if (result.total > 0 || at === phases.length - 1) return result;
  }
  return { rows: [], total: 0 };
}

/**
 * The organizations whose text matches the query, in the phase the list uses for these filters (the first
 * one that finds a filtered match), without the filters themselves: facets count over these, each facet
 * applying the other filters itself.
 */
export async function textMatchIds(
  db: Db,
  filter: OrganizationFilter,
  search: SearchQuery,
): Promise<string[]> {
  const filters = Object.values(filterConditions(filter)).filter(Boolean);
  const phases = searchPhases(search);
  for (const [at, phase] of phases.entries()) {
    const used =
      at === phases.length - 1 ||
      (
        await db
          .select({ id: organizations.id })
          .from(organizations)
          .leftJoin(zones, eq(zones.id, organizations.zoneId))
          .where(allOf([...filters, phase.condition]))
          .limit(1)
      ).length > 0;
    if (used) {
      const rows = await db.select({ id: organizations.id }).from(organizations).where(phase.condition);
      return rows.map((row) => row.id);
    }
  }
  return [];
}

/** Ids of every match in display order (for exports of the current filter); ids only, so 100k stay small. */
export async function matchingIds(
  db: Db,
  filter: OrganizationFilter,
  search?: SearchQuery,
): Promise<string[]> {
  const filters = Object.values(filterConditions(filter));
  const ids = async (phase?: SearchPhase) =>
    (
      await db
        .select({ id: organizations.id })
        .from(organizations)
        .leftJoin(zones, eq(zones.id, organizations.zoneId))
        .where(allOf([...filters, phase?.condition]))
        .orderBy(
          ...(phase ? [desc(phase.relevance)] : []),
          asc(organizations.sortName),
          asc(organizations.id),
        )
    ).map((row) => row.id);
  if (!search) return ids();
  for (const phase of searchPhases(search)) {
    const found = await ids(phase);
    if (found.length > 0) return found;
  }
  return [];
}

/** Follows merges (a duplicate may have been merged into one that was merged later) to the survivor. */
export async function mergedInto(db: Db, idOrExternalId: string): Promise<string | undefined> {
  let key = idOrExternalId;
  for (let hops = 0; hops < 10; hops++) {
    const [merge] = await db
      .select({ targetId: organizationMerges.targetId })
      .from(organizationMerges)
      .where(
        isUuid(key) ? eq(organizationMerges.sourceId, key) : eq(organizationMerges.sourceExternalId, key),
      )
      .orderBy(desc(organizationMerges.createdAt))
      .limit(1);
    if (!merge) return hops === 0 ? undefined : key;
    key = merge.targetId;
  }
  return key;
}

export async function findOrganization(db: Executor, id: string): Promise<OrganizationRow | undefined> {
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
  organization: Omit<OrganizationRow, "zoneCode">;
  zoneCode: string | null;
}): OrganizationRow {
  return { ...row.organization, zoneCode: row.zoneCode };
}
