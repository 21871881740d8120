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

/** One way of matching a query: its condition and the relevance its matches are ordered by. */
export type SearchPhase = { condition: SQL; relevance: SQL<number> };

/**
 * How a query is tried, loosest last; the first phase that matches anything answers. Every term through
 * the lexemes (the common case, one GIN lookup); then also names a typo away (pg_trgm, for "Nvidai");
 * then any term rather than an empty page.
 */
export function searchPhases(query: SearchQuery): SearchPhase[] {
  const lexemes = (tsquery: string) => sql`${organizations.searchTokens} @@ ${tsquery}::tsquery`;
  const rank = (tsquery: string) => sql<number>`ts_rank(${organizations.searchTokens}, ${tsquery}::tsquery)`;
  const phases: SearchPhase[] = [{ condition: lexemes(query.all), relevance: rank(query.all) }];
  const latin = fuzzyText(query.text);
  if (latin) {
    phases.push({
      condition: sql`(${lexemes(query.all)} or ${organizations.searchNames} %> ${latin})`,
      relevance: sql<number>`${rank(query.all)} + word_similarity(${latin}, ${organizations.searchNames})`,
    });
  }
  if (query.any !== query.all) phases.push({ condition: lexemes(query.any), relevance: rank(query.any) });
  return phases;
}

/**
 * The part of a query trigrams can compare: pg_trgm sees only letters and digits of the database's
 * locale (Latin here, not Hangul), and trigrams of fewer than four characters match almost anything.
 */
function fuzzyText(text: string): string | undefined {
  const latin = text
    .replace(/[^a-z0-9\s]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return latin.replace(/\s/g, "").length >= 4 ? latin : undefined;
}

export function allOf(conditions: (SQL | undefined)[]): SQL | undefined {
  return and(...conditions.filter(Boolean));
}
