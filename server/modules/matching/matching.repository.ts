import { and, desc, eq, inArray, isNull, type SQLWrapper, sql } from "drizzle-orm";
import type { LocalizedText } from "../../../contracts/common/localized.ts";
import type { FeedbackReason, MatchSide, MatchWeights, Verdict } from "../../../contracts/matching/match.ts";
import type { OpportunityKind } from "../../../contracts/opportunities/opportunity.ts";
import type { OrganizationKind, Stage } from "../../../contracts/organizations/organization.ts";
import type { Db, Executor } from "../../db/client.ts";
import { opportunities } from "../opportunities/opportunities.table.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { matchFeedback, matchWeights } from "./matching.table.ts";

export type OrganizationRow = {
  id: string;
  kind: OrganizationKind;
  scope: "local" | "global";
  stage: Stage | null;
  country: string | null;
  industries: string[];
  targetMarkets: string[];
  offerConcepts: string[];
  seekConcepts: string[];
};
export type OpportunityRow = {
  id: string;
  ownerId: string;
  kind: OpportunityKind;
  industries: string[];
  stages: Stage[];
  markets: string[];
  concepts: string[];
  status: "open" | "closed";
  deadline: string | null;
};

/**
 * The versions the in-memory snapshots follow (organization_match_version, migration 0014, moves only
 * when a column matching reads is written; opportunity_version, 0013) and the newest weights: one round
 * trip per request.
 */
export async function readVersions(db: Executor) {
  const result = await db.execute<{
    organizations: string;
    opportunities: string;
    weights: number | null;
  }>(sql`
    select (select version from organization_match_version where id = 1)::text as organizations,
           (select version from opportunity_version where id = 1)::text as opportunities,
           (select max(id) from match_weights) as weights`);
  const row = result.rows[0];
  return {
    organizations: Number(row?.organizations ?? 0),
    opportunities: Number(row?.opportunities ?? 0),
    weights: row?.weights ?? 0,
  };
}

const readOnly = { isolationLevel: "repeatable read", accessMode: "read only" } as const;

/** The rows and the version from one snapshot, so data is never labelled with a newer version. */
export function loadOrganizationRows(db: Db): Promise<{ version: number; rows: OrganizationRow[] }> {
  return db.transaction(async (tx) => {
    const version = (await readVersions(tx)).organizations;
    // Arrays travel as space-separated text (codes and concept ids have no spaces): parsing 400,000
    // PostgreSQL array literals in node-pg costs more than the rest of the reload.
    const words = (column: SQLWrapper) => sql<string>`array_to_string(${column}, ' ')`;
    const rows = await tx
      .select({
        id: organizations.id,
        kind: organizations.kind,
        scope: organizations.scope,
        stage: organizations.stage,
        country: organizations.country,
        industries: words(organizations.industries),
        targetMarkets: words(organizations.targetMarkets),
        offerConcepts: words(organizations.offerConcepts),
        seekConcepts: words(organizations.seekConcepts),
      })
      .from(organizations);
    const list = (text: string) => (text ? text.split(" ") : []);
    return {
      version,
      rows: rows.map((row) => ({
        ...row,
        industries: list(row.industries),
        targetMarkets: list(row.targetMarkets),
        offerConcepts: list(row.offerConcepts),
        seekConcepts: list(row.seekConcepts),
      })) as OrganizationRow[],
    };
  }, readOnly);
}

export function loadOpportunityRows(db: Db): Promise<{ version: number; rows: OpportunityRow[] }> {
  return db.transaction(async (tx) => {
    const version = (await readVersions(tx)).opportunities;
    const rows = await tx
      .select({
        id: opportunities.id,
        ownerId: opportunities.ownerId,
        kind: opportunities.kind,
        industries: opportunities.industries,
        stages: opportunities.stages,
        markets: opportunities.markets,
        concepts: opportunities.concepts,
        status: opportunities.status,
        deadline: opportunities.deadline,
      })
      .from(opportunities);
    return { version, rows };
  }, readOnly);
}

/** What explanations quote and lists show of an organization. */
export type OrganizationText = {
  id: string;
  externalId: string;
  name: LocalizedText;
  kind: OrganizationKind;
  scope: "local" | "global";
  stage: Stage | null;
  country: string | null;
  industries: string[];
  targetMarkets: string[];
  summary: LocalizedText | null;
  description: LocalizedText | null;
  offering: LocalizedText | null;
  seeking: LocalizedText | null;
  tags: string[];
};

export async function organizationTexts(db: Executor, ids: string[]): Promise<Map<string, OrganizationText>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: organizations.id,
      externalId: organizations.externalId,
      name: organizations.name,
      kind: organizations.kind,
      scope: organizations.scope,
      stage: organizations.stage,
      country: organizations.country,
      industries: organizations.industries,
      targetMarkets: organizations.targetMarkets,
      summary: organizations.summary,
      description: organizations.description,
      offering: organizations.offering,
      seeking: organizations.seeking,
      tags: organizations.tags,
    })
    .from(organizations)
    .where(inArray(organizations.id, ids));
  return new Map(rows.map((row) => [row.id, row as OrganizationText]));
}

export type OpportunityText = {
  id: string;
  externalId: string;
  title: LocalizedText;
  description: LocalizedText | null;
  tags: string[];
  industries: string[];
  kind: OpportunityKind;
  deadline: string | null;
  status: "open" | "closed";
  owner: { id: string; externalId: string; name: LocalizedText };
};

export async function opportunityTexts(db: Executor, ids: string[]): Promise<Map<string, OpportunityText>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: opportunities.id,
      externalId: opportunities.externalId,
      title: opportunities.title,
      description: opportunities.description,
      tags: opportunities.tags,
      industries: opportunities.industries,
      kind: opportunities.kind,
      deadline: opportunities.deadline,
      status: opportunities.status,
      owner: { id: organizations.id, externalId: organizations.externalId, name: organizations.name },
    })
    .from(opportunities)
    .innerJoin(organizations, eq(organizations.id, opportunities.ownerId))
    .where(inArray(opportunities.id, ids));
  return new Map(rows.map((row) => [row.id, row]));
}

/** The pair a verdict is about: an opportunity or a partner on one side, a local organization on the other. */
export type FeedbackKey = {
  opportunityId: string | null;
  partnerId: string | null;
  organizationId: string;
  side: MatchSide;
};

/** Verdicts given from one side about one opportunity's (or partner's) matches, by organization. */
export async function verdictsAbout(
  db: Executor,
  about: { opportunityId: string } | { partnerId: string },
  side: MatchSide,
): Promise<Map<string, Verdict>> {
  const rows = await db
    .select({ organizationId: matchFeedback.organizationId, verdict: matchFeedback.verdict })
    .from(matchFeedback)
    .where(
      and(
        "opportunityId" in about
          ? eq(matchFeedback.opportunityId, about.opportunityId)
          : eq(matchFeedback.partnerId, about.partnerId),
        eq(matchFeedback.side, side),
      ),
    );
  return new Map(rows.map((row) => [row.organizationId, row.verdict]));
}

/** Verdicts one organization gave (side "company"), keyed by opportunity or partner id. */
export async function verdictsBy(
  db: Executor,
  organizationId: string,
  kind: "opportunity" | "partner",
): Promise<Map<string, Verdict>> {
  const rows = await db
    .select({
      opportunityId: matchFeedback.opportunityId,
      partnerId: matchFeedback.partnerId,
      verdict: matchFeedback.verdict,
    })
    .from(matchFeedback)
    .where(
      and(
        eq(matchFeedback.organizationId, organizationId),
        eq(matchFeedback.side, "company"),
        kind === "opportunity" ? isNull(matchFeedback.partnerId) : isNull(matchFeedback.opportunityId),
      ),
    );
  return new Map(rows.map((row) => [(row.opportunityId ?? row.partnerId)!, row.verdict]));
}

export type FeedbackRecord = FeedbackKey & {
  verdict: Verdict;
  reason: FeedbackReason | null;
  note: string | null;
  features: (typeof matchFeedback.$inferInsert)["features"];
  score: number;
  userId: string | null;
};

/** Stores a verdict, replacing the same side's earlier one on the same pair; returns the row before. */
export async function upsertFeedback(db: Executor, record: FeedbackRecord) {
  const [before] = await db
    .select()
    .from(matchFeedback)
    .where(
      and(
        record.opportunityId
          ? eq(matchFeedback.opportunityId, record.opportunityId)
          : isNull(matchFeedback.opportunityId),
        record.partnerId ? eq(matchFeedback.partnerId, record.partnerId) : isNull(matchFeedback.partnerId),
        eq(matchFeedback.organizationId, record.organizationId),
        eq(matchFeedback.side, record.side),
      ),
    );
  const [after] = await db
    .insert(matchFeedback)
    .values(record)
    .onConflictDoUpdate({
      target: [
        matchFeedback.opportunityId,
        matchFeedback.partnerId,
        matchFeedback.organizationId,
        matchFeedback.side,
      ],
      set: {
        verdict: record.verdict,
        reason: record.reason,
        note: record.note,
        features: record.features,
        score: record.score,
        userId: record.userId,
        updatedAt: new Date(),
      },
    })
    .returning();
  return { before, after: after! };
}

/** The most recent verdicts with the features they judged: what the weights are fitted to. */
export async function recentFeedback(db: Executor, limit: number) {
  return db
    .select({ verdict: matchFeedback.verdict, features: matchFeedback.features })
    .from(matchFeedback)
    .orderBy(desc(matchFeedback.updatedAt))
    .limit(limit);
}

export async function latestWeights(db: Executor) {
  const [row] = await db.select().from(matchWeights).orderBy(desc(matchWeights.id)).limit(1);
  return row;
}

export async function insertWeights(db: Executor, weights: MatchWeights, samples: number) {
  const [row] = await db.insert(matchWeights).values({ weights, samples }).returning();
  return row!;
}

/** Counts of verdicts by value, for the city's view of how matching is received. */
export async function feedbackCounts(db: Executor) {
  return db
    .select({ verdict: matchFeedback.verdict, reason: matchFeedback.reason, n: sql<number>`count(*)::int` })
    .from(matchFeedback)
    .groupBy(matchFeedback.verdict, matchFeedback.reason);
}
