import { and, asc, count, desc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import {
  type IntroductionStatus,
  openIntroductionStatuses,
} from "../../../contracts/introductions/introduction.ts";
import type { Executor, Tx } from "../../db/client.ts";
import { users } from "../accounts/accounts.table.ts";
import { organizationMembers } from "../memberships/memberships.table.ts";
import { opportunities } from "../opportunities/opportunities.table.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { introductionEvents, introductions } from "./introductions.table.ts";

export type IntroductionRow = typeof introductions.$inferSelect;
export type EventRow = typeof introductionEvents.$inferSelect;

const facts = {
  id: organizations.id,
  externalId: organizations.externalId,
  name: organizations.name,
  kind: organizations.kind,
  scope: organizations.scope,
  country: organizations.country,
};
export type OrganizationFacts = {
  id: string;
  externalId: string;
  name: (typeof organizations.$inferSelect)["name"];
  kind: (typeof organizations.$inferSelect)["kind"];
  scope: (typeof organizations.$inferSelect)["scope"];
  country: string | null;
};

export async function findOrganization(ex: Executor, id: string): Promise<OrganizationFacts | undefined> {
  const [row] = await ex.select(facts).from(organizations).where(eq(organizations.id, id));
  return row;
}

export async function findOpportunity(ex: Executor, id: string) {
  const [row] = await ex
    .select({
      id: opportunities.id,
      externalId: opportunities.externalId,
      title: opportunities.title,
      ownerId: opportunities.ownerId,
      status: opportunities.status,
      deadline: opportunities.deadline,
    })
    .from(opportunities)
    .where(eq(opportunities.id, id));
  return row;
}
export type OpportunityFacts = NonNullable<Awaited<ReturnType<typeof findOpportunity>>>;

/** The overseas office serving a country (the oldest, should there be two). */
export async function officeForCountry(
  ex: Executor,
  country: string,
): Promise<OrganizationFacts | undefined> {
  const [row] = await ex
    .select(facts)
    .from(organizations)
    .where(and(eq(organizations.kind, "overseas-office"), eq(organizations.country, country)))
    .orderBy(asc(organizations.createdAt), asc(organizations.id))
    .limit(1);
  return row;
}

/** Serializes requests for one company and partner, so two at once cannot both pass the duplicate check. */
export async function lockPair(tx: Tx, companyId: string, partnerId: string) {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`introduction:${companyId}:${partnerId}`}, 0))`,
  );
}

export async function findOpen(
  ex: Executor,
  pair: { companyId: string; partnerId: string; opportunityId: string | null },
): Promise<IntroductionRow | undefined> {
  const [row] = await ex
    .select()
    .from(introductions)
    .where(
      and(
        eq(introductions.companyId, pair.companyId),
        eq(introductions.partnerId, pair.partnerId),
        sql`${introductions.opportunityId} is not distinct from ${pair.opportunityId}`,
        inArray(introductions.status, [...openIntroductionStatuses]),
      ),
    )
    .limit(1);
  return row;
}

export async function insertIntroduction(tx: Tx, values: typeof introductions.$inferInsert) {
  const [row] = await tx.insert(introductions).values(values).returning();
  return row!;
}

export async function insertEvent(tx: Tx, values: typeof introductionEvents.$inferInsert) {
  await tx.insert(introductionEvents).values(values);
}

/** The row, locked until the transaction ends: two steps on one introduction never interleave. */
export async function lockIntroduction(tx: Tx, id: string): Promise<IntroductionRow | undefined> {
  const [row] = await tx.select().from(introductions).where(eq(introductions.id, id)).for("update");
  return row;
}

export async function updateIntroduction(
  tx: Tx,
  id: string,
  values: Partial<typeof introductions.$inferInsert>,
): Promise<IntroductionRow> {
  const [row] = await tx
    .update(introductions)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(introductions.id, id))
    .returning();
  return row!;
}

const company = alias(organizations, "company");
const partner = alias(organizations, "partner");
const office = alias(organizations, "office");
// Spelled out per alias: each alias is its own table type to Drizzle.
const companyRef = {
  id: company.id,
  externalId: company.externalId,
  name: company.name,
  kind: company.kind,
  scope: company.scope,
  country: company.country,
};
const partnerRef = {
  id: partner.id,
  externalId: partner.externalId,
  name: partner.name,
  kind: partner.kind,
  scope: partner.scope,
  country: partner.country,
};
const officeRef = {
  id: office.id,
  externalId: office.externalId,
  name: office.name,
  kind: office.kind,
  scope: office.scope,
  country: office.country,
};

/** Introductions with the names of both sides, the office and the opportunity, in one query. */
function joined(ex: Executor) {
  return ex
    .select({
      introduction: introductions,
      company: companyRef,
      partner: partnerRef,
      office: officeRef,
      opportunity: { id: opportunities.id, externalId: opportunities.externalId, title: opportunities.title },
    })
    .from(introductions)
    .innerJoin(company, eq(company.id, introductions.companyId))
    .innerJoin(partner, eq(partner.id, introductions.partnerId))
    .leftJoin(office, eq(office.id, introductions.officeId))
    .leftJoin(opportunities, eq(opportunities.id, introductions.opportunityId));
}
export type JoinedIntroduction = Awaited<ReturnType<ReturnType<typeof joined>["execute"]>>[number];

export async function findJoined(ex: Executor, id: string): Promise<JoinedIntroduction | undefined> {
  const [row] = await joined(ex).where(eq(introductions.id, id));
  return row;
}

/**
 * Who sees which introductions: those of the organizations a caller acts for (the other side's only once
 * accepted), those of the offices they staff, or all.
 */
export type IntroductionScope = { all: true } | { all?: false; sides: string[]; offices: string[] };

export type IntroductionListFilter = { status?: IntroductionStatus | undefined };

/** Whether a broker ever accepted the introduction: its timeline has an `accepted` step. */
const acceptedOnce = sql`exists (select 1 from ${introductionEvents} where ${introductionEvents.introductionId} = ${introductions.id} and ${introductionEvents.status} = 'accepted')`;

export async function wasAccepted(ex: Executor, id: string): Promise<boolean> {
  const [row] = await ex
    .select({ id: introductionEvents.id })
    .from(introductionEvents)
    .where(and(eq(introductionEvents.introductionId, id), eq(introductionEvents.status, "accepted")))
    .limit(1);
  return row !== undefined;
}

/** As `canSeeIntroduction`: the side that asked sees its introductions, the other side once accepted. */
function scopeCondition(scope: IntroductionScope): SQL | undefined {
  if (scope.all) return undefined;
  const parts: SQL[] = [];
  if (scope.sides.length > 0) {
    const eitherSide = or(
      inArray(introductions.companyId, scope.sides),
      inArray(introductions.partnerId, scope.sides),
    );
    parts.push(inArray(introductions.requestedFor, scope.sides), and(eitherSide, acceptedOnce)!);
  }
  if (scope.offices.length > 0) parts.push(inArray(introductions.officeId, scope.offices));
  return parts.length > 0 ? or(...parts) : sql`false`;
}

export async function listJoined(
  ex: Executor,
  scope: IntroductionScope,
  filter: IntroductionListFilter,
  page: { limit: number; offset: number },
) {
  const where = and(
    scopeCondition(scope),
    filter.status ? eq(introductions.status, filter.status) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    joined(ex)
      .where(where)
      .orderBy(desc(introductions.createdAt), desc(introductions.id))
      .limit(page.limit)
      .offset(page.offset),
    ex.select({ n: count() }).from(introductions).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** How many introductions of the scope are in each status. */
export async function countByStatus(ex: Executor, scope: IntroductionScope) {
  const rows = await ex
    .select({ status: introductions.status, n: count() })
    .from(introductions)
    .where(scopeCondition(scope))
    .groupBy(introductions.status);
  return rows;
}

export async function eventsOf(ex: Executor, id: string): Promise<EventRow[]> {
  return ex
    .select()
    .from(introductionEvents)
    .where(eq(introductionEvents.introductionId, id))
    .orderBy(asc(introductionEvents.createdAt), asc(introductionEvents.id));
}

/** The people of some organizations, with what their organization says about their language. */
export async function peopleOf(ex: Executor, organizationIds: string[]) {
  if (organizationIds.length === 0) return [];
  return ex
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      organizationId: organizations.id,
      kind: organizations.kind,
      scope: organizations.scope,
      country: organizations.country,
    })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(inArray(organizationMembers.organizationId, organizationIds))
    .orderBy(asc(organizationMembers.createdAt));
}

/** The city's people who broker introductions without an office: admins and program managers. */
export async function cityPeople(ex: Executor) {
  return ex
    .select({ userId: users.id, email: users.email, name: users.name })
    .from(users)
    .where(inArray(users.role, ["admin", "program-manager"]))
    .orderBy(asc(users.createdAt));
}

export async function findUser(ex: Executor, id: string) {
  const [row] = await ex
    .select({ userId: users.id, email: users.email, name: users.name, role: users.role })
    .from(users)
    .where(eq(users.id, id));
  return row;
}
