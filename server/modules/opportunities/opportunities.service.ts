import type { OpportunityView } from "../../../contracts/opportunities/opportunity.ts";
import type { Db } from "../../db/client.ts";
import { notFound } from "../../platform/errors.ts";
import { isUuid } from "../../platform/ids.ts";
import {
  findOpportunity,
  listOpportunities,
  type OpportunityFilter,
  type OpportunityOrder,
  type OpportunityRow,
} from "./opportunities.repository.ts";
import { reindexOpportunities } from "./reindex.ts";

export { opportunityDerived } from "./opportunities.derived.ts";
export type { OpportunityFilter, OpportunityOrder };

function toView({ opportunity, owner }: OpportunityRow): OpportunityView {
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
      const { rows, total } = await listOpportunities(db, filter, page, order);
      return { items: rows.map(toView), total };
    },

    /** Recomputes lexemes and concepts (`missingOnly`: rows written before they existed). */
    reindex: (options: { missingOnly?: boolean } = {}) => reindexOpportunities(db, options),

    async get(id: string): Promise<OpportunityView> {
      const row = isUuid(id) ? await findOpportunity(db, id) : undefined;
      if (!row) throw notFound();
      return toView(row);
    },
  };
}
export type OpportunitiesService = ReturnType<typeof createOpportunitiesService>;
