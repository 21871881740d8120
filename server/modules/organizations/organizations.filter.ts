import { and, arrayOverlaps, eq, type SQL, sql } from "drizzle-orm";
import { withSubSectors } from "../../../contracts/industries/taxonomy.ts";
import type { FacetName } from "../../../contracts/organizations/organization.ts";
import type { SearchQuery } from "../../platform/search/query.ts";
import { zones } from "../zones/zones.table.ts";
import { organizations } from "./organizations.table.ts";

/** The directory's filters (contract §4 plus stage, country and target market). */
export type OrganizationFilter = {
  q?: string | undefined;
  kind?: string | undefined;
  scope?: string | undefined;
  industry?: string | undefined;
  zone?: string | undefined;
  externalId?: string | undefined;
  stage?: string | undefined;
  country?: string | undefined;
  market?: string | undefined;
};
export type { FacetName } from "../../../contracts/organizations/organization.ts";

/** SQL conditions of the filters, one per facet, so facet counts can leave their own facet out. */
export function filterConditions(filter: OrganizationFilter): Partial<Record<FacetName | "externalId", SQL>> {
  return {
    kind: filter.kind ? eq(organizations.kind, filter.kind as never) : undefined,
    scope: filter.scope ? eq(organizations.scope, filter.scope as never) : undefined,
    industry: filter.industry
      ? arrayOverlaps(organizations.industries, withSubSectors(filter.industry))
      : undefined,
    zone: filter.zone ? eq(zones.code, filter.zone) : undefined,
    stage: filter.stage ? eq(organizations.stage, filter.stage as never) : undefined,
    country: filter.country ? eq(organizations.country, filter.country) : undefined,
    market: filter.market ? arrayOverlaps(organizations.targetMarkets, [filter.market]) : undefined,
    externalId: filter.externalId ? eq(organizations.externalId, filter.externalId) : undefined,
  };
}

/** Matches the search lexemes, or (for typos in names) names whose words are close to the query. */
export function textCondition(query: SearchQuery, tsquery: string): SQL {
  const lexemes = sql`${organizations.searchTokens} @@ ${tsquery}::tsquery`;
  if (!fuzzyEnough(query.text)) return lexemes;
  return sql`(${lexemes} or ${organizations.searchNames} %> ${query.text})`;
}

/** Relevance: lexeme rank (names weigh most) plus how closely the query resembles a name. */
export function relevance(query: SearchQuery, tsquery: string): SQL<number> {
  const rank = sql`ts_rank(${organizations.searchTokens}, ${tsquery}::tsquery)`;
  if (!fuzzyEnough(query.text)) return sql<number>`${rank}`;
  return sql<number>`${rank} + word_similarity(${query.text}, ${organizations.searchNames})`;
}

// Trigrams of one or two letters match almost anything; typo tolerance starts at four characters.
const fuzzyEnough = (text: string) => text.replace(/\s/g, "").length >= 4;

export function allOf(conditions: (SQL | undefined)[]): SQL | undefined {
  return and(...conditions.filter(Boolean));
}
