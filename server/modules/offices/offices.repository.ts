import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { openSupportStatuses } from "../../../contracts/support-requests/vocabulary.ts";
import type { Executor, Tx } from "../../db/client.ts";
import { users } from "../accounts/accounts.table.ts";
import { organizationMembers } from "../memberships/memberships.table.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { supportRequests } from "../support-requests/support-requests.table.ts";
import { officeStaff, offices } from "./offices.table.ts";

export type OfficeRow = typeof offices.$inferSelect;
export type OfficeInsert = typeof offices.$inferInsert;
export type OfficeStaffRow = typeof officeStaff.$inferSelect;

/** Every desk, by Korean name (few rows: one per overseas office). */
export function listOffices(ex: Executor): Promise<OfficeRow[]> {
  return ex
    .select()
    .from(offices)
    .orderBy(asc(sql`coalesce(${offices.name}->>'ko', ${offices.name}->>'en')`), asc(offices.id));
}

export async function findOffice(ex: Executor, id: string): Promise<OfficeRow | undefined> {
  const [row] = await ex.select().from(offices).where(eq(offices.id, id));
  return row;
}

/** The same under a row lock: writes to one office run one at a time. */
export async function lockOffice(tx: Tx, id: string): Promise<OfficeRow | undefined> {
  const [row] = await tx.select().from(offices).where(eq(offices.id, id)).for("update");
  return row;
}

export async function findByOrganization(
  ex: Executor,
  organizationId: string,
): Promise<OfficeRow | undefined> {
  const [row] = await ex.select().from(offices).where(eq(offices.organizationId, organizationId));
  return row;
}

/** The offices serving a market (ISO alpha-2), oldest desk first. */
export function officesServing(ex: Executor, country: string): Promise<OfficeRow[]> {
  return ex
    .select()
    .from(offices)
    .where(sql`${country} = any(${offices.countries})`)
    .orderBy(asc(offices.createdAt), asc(offices.id));
}

export async function insertOffice(tx: Tx, values: OfficeInsert): Promise<OfficeRow> {
  const [row] = await tx.insert(offices).values(values).returning();
  return row!;
}

/** Writes the change and bumps `updatedAt` (the business calendar is cached per version). */
export async function updateOffice(tx: Tx, id: string, set: Partial<OfficeInsert>): Promise<OfficeRow> {
  const [row] = await tx
    .update(offices)
    // Strictly later than before, even within one clock tick, so every version has its own cache key.
    .set({ ...set, updatedAt: sql`greatest(now(), ${offices.updatedAt} + interval '1 millisecond')` })
    .where(eq(offices.id, id))
    .returning();
  return row!;
}

/** The organization a desk is made from: whether it exists and what kind it is. */
export async function findOrganization(ex: Executor, id: string) {
  const [row] = await ex
    .select({ id: organizations.id, kind: organizations.kind, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row;
}

export async function findOrganizationByExternalId(ex: Executor, externalId: string) {
  const [row] = await ex
    .select({ id: organizations.id, kind: organizations.kind })
    .from(organizations)
    .where(eq(organizations.externalId, externalId));
  return row;
}

/** Whether the user is a member (or owner) of the organization. */
export async function isMember(ex: Executor, organizationId: string, userId: string): Promise<boolean> {
  const [row] = await ex
    .select({ n: count() })
    .from(organizationMembers)
    .where(
      and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, userId)),
    );
  return (row?.n ?? 0) > 0;
}

export type StaffRow = {
  userId: string;
  name: string;
  email: string;
  services: string[] | null;
  available: boolean | null;
  openCount: number;
};

/**
 * The staff of one office: the members of its organization with their skills (none recorded: no services,
 * available) and how many open requests of this office are assigned to them now. One query.
 */
export async function staffOf(
  ex: Executor,
  office: Pick<OfficeRow, "id" | "organizationId">,
): Promise<StaffRow[]> {
  const load = ex
    .select({ assigneeId: supportRequests.assigneeId, n: count().as("n") })
    .from(supportRequests)
    .where(
      and(eq(supportRequests.officeId, office.id), inArray(supportRequests.status, [...openSupportStatuses])),
    )
    .groupBy(supportRequests.assigneeId)
    .as("load");
  return ex
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      services: officeStaff.services,
      available: officeStaff.available,
      openCount: sql<number>`coalesce(${load.n}, 0)::int`,
    })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .leftJoin(officeStaff, and(eq(officeStaff.officeId, office.id), eq(officeStaff.userId, users.id)))
    .leftJoin(load, eq(load.assigneeId, users.id))
    .where(eq(organizationMembers.organizationId, office.organizationId))
    .orderBy(asc(users.name), asc(users.id));
}

export async function findStaff(ex: Executor, officeId: string, userId: string) {
  const [row] = await ex
    .select()
    .from(officeStaff)
    .where(and(eq(officeStaff.officeId, officeId), eq(officeStaff.userId, userId)));
  return row;
}

export async function upsertStaff(
  tx: Tx,
  values: { officeId: string; userId: string; services: OfficeStaffRow["services"]; available: boolean },
): Promise<OfficeStaffRow> {
  const [row] = await tx
    .insert(officeStaff)
    .values(values)
    .onConflictDoUpdate({
      target: [officeStaff.officeId, officeStaff.userId],
      set: { services: values.services, available: values.available, updatedAt: sql`now()` },
    })
    .returning();
  return row!;
}
