import { and, arrayOverlaps, eq, or, type SQL, sql } from "drizzle-orm";
import { withSubSectors } from "../../../contracts/industries/taxonomy.ts";
import type { OpportunityStatusFilter } from "../../../contracts/opportunities/kinds.ts";
import type { SearchQuery } from "../../platform/search/query.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { opportunities } from "./opportunities.table.ts";

/** The list's filters (contract §4 plus kind, industry, market and status). */
export type OpportunityFilter = {
  /** The owner's `externalId`. */
  owner?: string | undefined;
  externalId?: string | undefined;
  q?: string | undefined;
  kind?: string | undefined;
  /** An industry code; a contract code also finds its sub-sectors. */
  industry?: string | undefined;
  /** An ISO 3166-1 alpha-2 market. */
  market?: string | undefined;
  /**
   * Without it, every opportunity (`all`), as the API listed them before statuses existed (contract §4);
   * the public pages ask for `open`.
   */
  status?: OpportunityStatusFilter | undefined;
};

/** Today in Korea: deadlines are Korean calendar days, whatever the server's time zone. */
const today = sql`(now() at time zone 'Asia/Seoul')::date`;
const current = sql`(${opportunities.deadline} is null or ${opportunities.deadline} >= ${today})`;

/** `open` means still answerable: open and not past its deadline; `closed` is everything else. */
function statusCondition(status: OpportunityStatusFilter = "all"): SQL | undefined {
  if (status === "all") return undefined;
  const open = and(eq(opportunities.status, "open"), current)!;
  return status === "open" ? open : or(eq(opportunities.status, "closed"), sql`not ${current}`);
}

/** The SQL conditions of the filters (the text condition is a search phase's). */
export function filterConditions(filter: OpportunityFilter): SQL | undefined {
  return and(
    ...[
      filter.owner ? eq(organizations.externalId, filter.owner) : undefined,
      filter.externalId ? eq(opportunities.externalId, filter.externalId) : undefined,
      filter.kind ? eq(opportunities.kind, filter.kind as never) : undefined,
      filter.industry ? arrayOverlaps(opportunities.industries, withSubSectors(filter.industry)) : undefined,
      filter.market ? arrayOverlaps(opportunities.markets, [filter.market]) : undefined,
      statusCondition(filter.status),
    ].filter(Boolean),
  );
}

/** One way of matching a query: its condition and the relevance its matches are ordered by. */
export type SearchPhase = { condition: SQL; relevance: SQL<number> };

/**
 * How a query is tried, as for the directory (organizations.filter.ts): every term through the lexemes
 * (its own tokens or a concept meaning the same, so "eyewear frame" reaches 안경테), then any term rather
 * than an empty page. Titles are short: no trigram phase.
 */
export function searchPhases(query: SearchQuery): SearchPhase[] {
  const phase = (tsquery: string): SearchPhase => ({
    condition: sql`${opportunities.searchTokens} @@ ${tsquery}::tsquery`,
    relevance: sql<number>`ts_rank(${opportunities.searchTokens}, ${tsquery}::tsquery)`,
  });
  return query.any === query.all ? [phase(query.all)] : [phase(query.all), phase(query.any)];
}
