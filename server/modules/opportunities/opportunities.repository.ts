import { and, asc, count, desc, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import type { OpportunityView } from "../../../contracts/opportunities/opportunity.ts";
import type { Db } from "../../db/client.ts";
import { containsPattern } from "../../platform/ids.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { opportunities } from "./opportunities.table.ts";

export type OpportunityFilter = {
  owner?: string;
  externalId?: string;
  q?: string;
  status?: "open" | "closed";
};
/** `newest` first (the default), or `deadline`: the ones closing soonest first, undated last. */
export type OpportunityOrder = "newest" | "deadline";
export type OpportunityRow = {
  opportunity: typeof opportunities.$inferSelect;
  owner: OpportunityView["owner"];
};

const columns = {
  opportunity: opportunities,
  owner: { id: organizations.id, externalId: organizations.externalId, name: organizations.name },
};

function where(filter: OpportunityFilter): SQL | undefined {
  const pattern = filter.q ? containsPattern(filter.q) : undefined;
  return and(
    ...[
      filter.owner ? eq(organizations.externalId, filter.owner) : undefined,
      filter.externalId ? eq(opportunities.externalId, filter.externalId) : undefined,
      filter.status ? eq(opportunities.status, filter.status) : undefined,
      pattern
        ? or(
            ilike(sql`${opportunities.title}->>'ko'`, pattern),
            ilike(sql`${opportunities.title}->>'en'`, pattern),
          )
        : undefined,
    ].filter(Boolean),
  );
}

export async function listOpportunities(
  db: Db,
  filter: OpportunityFilter,
  page: { limit: number; offset: number },
  order: OpportunityOrder,
): Promise<{ rows: OpportunityRow[]; total: number }> {
  const condition = where(filter);
  const [rows, [total]] = await Promise.all([
    db
      .select(columns)
      .from(opportunities)
      .innerJoin(organizations, eq(organizations.id, opportunities.ownerId))
      .where(condition)
      .orderBy(
        ...(order === "deadline"
          ? [sql`${opportunities.deadline} asc nulls last`, asc(opportunities.id)]
          : [desc(opportunities.createdAt), desc(opportunities.id)]),
      )
      .limit(page.limit)
      .offset(page.offset),
    db
      .select({ n: count() })
      .from(opportunities)
      .innerJoin(organizations, eq(organizations.id, opportunities.ownerId))
      .where(condition),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function findOpportunity(db: Db, id: string): Promise<OpportunityRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(opportunities)
    .innerJoin(organizations, eq(organizations.id, opportunities.ownerId))
    .where(eq(opportunities.id, id));
  return row;
}
