import { and, asc, count, desc, eq, getTableColumns, inArray, type SQL, sql } from "drizzle-orm";
import type { OpportunityView } from "../../../contracts/opportunities/opportunity.ts";
import type { OrganizationKind } from "../../../contracts/organizations/organization.ts";
import type { Db, Executor } from "../../db/client.ts";
import type { SearchQuery } from "../../platform/search/query.ts";
import { organizations } from "../organizations/organizations.table.ts";
import {
  filterConditions,
  type OpportunityFilter,
  type SearchPhase,
  searchPhases,
} from "./opportunities.filter.ts";
import { opportunities } from "./opportunities.table.ts";

export type { OpportunityFilter } from "./opportunities.filter.ts";
/** `newest` first (the default), or `deadline`: the ones closing soonest first, undated last. */
export type OpportunityOrder = "newest" | "deadline";

// The lexemes are for PostgreSQL only: large, and never worth sending back.
const { searchTokens: _lexemes, ...opportunityColumns } = getTableColumns(opportunities);
export type OpportunityRecord = Omit<typeof opportunities.$inferSelect, "searchTokens">;
export type OpportunityRow = { opportunity: OpportunityRecord; owner: OpportunityView["owner"] };

const columns = {
  opportunity: opportunityColumns,
  owner: { id: organizations.id, externalId: organizations.externalId, name: organizations.name },
};

const orderOf = (order: OpportunityOrder): SQL[] =>
  order === "deadline"
    ? [sql`${opportunities.deadline} asc nulls last`, asc(opportunities.id)]
    : [desc(opportunities.createdAt), desc(opportunities.id)];

/** Filtered rows in `order`, or with a search query by relevance (then `order`), phase by phase. */
export async function listOpportunities(
  db: Db,
  filter: OpportunityFilter,
  page: { limit: number; offset: number },
  order: OpportunityOrder,
  search?: SearchQuery,
): Promise<{ rows: OpportunityRow[]; total: number }> {
  const filters = filterConditions(filter);
  const run = async (phase?: SearchPhase) => {
    const condition = and(phase?.condition, filters);
    const [rows, [total]] = await Promise.all([
      db
        .select(columns)
        .from(opportunities)
        .innerJoin(organizations, eq(organizations.id, opportunities.ownerId))
        .where(condition)
        .orderBy(...(phase ? [desc(phase.relevance)] : []), ...orderOf(order))
        .limit(page.limit)
        .offset(page.offset),
      db
        .select({ n: count() })
        .from(opportunities)
        .innerJoin(organizations, eq(organizations.id, opportunities.ownerId))
        .where(condition),
    ]);
    return { rows, total: total?.n ?? 0 };
  };
  if (!search) return run();
  const phases = searchPhases(search);
  for (const [at, phase] of phases.entries()) {
    const result = await run(phase);
    if (result.total > 0 || at === phases.length - 1) return result;
  }
  return { rows: [], total: 0 };
}

/** One opportunity with its owner; `lock` holds the row until the transaction ends (changes). */
export async function findOpportunity(
  db: Executor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<OpportunityRow | undefined> {
  const query = db
    .select(columns)
    .from(opportunities)
    .innerJoin(organizations, eq(organizations.id, opportunities.ownerId))
    .where(eq(opportunities.id, id));
  const [row] = await (options.lock ? query.for("update", { of: opportunities }) : query);
  return row;
}

export async function externalIdTaken(db: Executor, externalId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: opportunities.id })
    .from(opportunities)
    .where(eq(opportunities.externalId, externalId));
  return row !== undefined;
}

export type OwnerRow = { id: string; kind: OrganizationKind; name: OpportunityView["owner"]["name"] };

/** An organization as an owner: its kind decides whether its members may post. */
export async function findOwner(db: Executor, id: string): Promise<OwnerRow | undefined> {
  const [row] = await db
    .select({ id: organizations.id, kind: organizations.kind, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row;
}

/** Organizations that may own opportunities: by id, or by kind (sorted by name), at most `limit`. */
export async function findOwners(
  db: Db,
  which: { ids: string[] } | { kinds: OrganizationKind[] },
  limit: number,
): Promise<OwnerRow[]> {
  const condition =
    "ids" in which ? inArray(organizations.id, which.ids) : inArray(organizations.kind, which.kinds);
  return db
    .select({ id: organizations.id, kind: organizations.kind, name: organizations.name })
    .from(organizations)
    .where(condition)
    .orderBy(asc(organizations.sortName), asc(organizations.id))
    .limit(limit);
}

/** Every market some opportunity names, for the list's market filter (a small table: one scan). */
export async function marketsInUse(db: Db): Promise<string[]> {
  const result = await db.execute<{ code: string }>(
    sql`select distinct unnest(${opportunities.markets}) as code from ${opportunities} order by 1`,
  );
  return result.rows.map((row) => row.code);
}
