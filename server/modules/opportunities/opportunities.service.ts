import { and, asc, count, desc, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import type { OpportunityView } from "../../../contracts/opportunities/opportunity.ts";
import type { Db } from "../../db/client.ts";
import { notFound } from "../../platform/errors.ts";
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
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const columns = {
  opportunity: opportunities,
  owner: { id: organizations.id, externalId: organizations.externalId, name: organizations.name },
};
type Row = { opportunity: typeof opportunities.$inferSelect; owner: OpportunityView["owner"] };

function where(filter: OpportunityFilter): SQL | undefined {
  const pattern = filter.q ? `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
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

function toView({ opportunity, owner }: Row): OpportunityView {
  return {
    id: opportunity.id,
    externalId: opportunity.externalId,
    owner,
    kind: opportunity.kind,
    title: opportunity.title,
    description: opportunity.description,
    industries: opportunity.industries,
    tags: opportunity.tags,
    stages: opportunity.stages,
    markets: opportunity.markets,
    deadline: opportunity.deadline,
    status: opportunity.status,
  };
}

export function createOpportunitiesService({ db }: { db: Db }) {
  return {
    async list(
      filter: OpportunityFilter,
      page: { limit: number; offset: number },
      order: OpportunityOrder = "newest",
    ) {
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
      return { items: rows.map(toView), total: total?.n ?? 0 };
    },

    async get(id: string): Promise<OpportunityView> {
      if (!UUID.test(id)) throw notFound();
      const [row] = await db
        .select(columns)
        .from(opportunities)
        .innerJoin(organizations, eq(organizations.id, opportunities.ownerId))
        .where(eq(opportunities.id, id));
      if (!row) throw notFound();
      return toView(row);
    },
  };
}
export type OpportunitiesService = ReturnType<typeof createOpportunitiesService>;
