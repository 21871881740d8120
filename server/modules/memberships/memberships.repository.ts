import { and, asc, count, eq } from "drizzle-orm";
import type { Db, Executor } from "../../db/client.ts";
import { users } from "../accounts/accounts.table.ts";
import { organizations } from "../organizations/organizations.table.ts";
import {
  type ClaimStatus,
  type MembershipRole,
  organizationClaims,
  organizationMembers,
} from "./memberships.table.ts";

export async function membershipsOfUser(db: Db, userId: string) {
  return db
    .select({
      organizationId: organizationMembers.organizationId,
      role: organizationMembers.role,
      organizationKind: organizations.kind,
      organizationName: organizations.name,
    })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(eq(organizationMembers.userId, userId))
    .orderBy(asc(organizationMembers.createdAt));
}

export async function membersOf(db: Db, organizationId: string) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: organizationMembers.role,
      since: organizationMembers.createdAt,
    })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(eq(organizationMembers.organizationId, organizationId))
    .orderBy(asc(organizationMembers.createdAt));
}

export async function countOwners(tx: Executor, organizationId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(organizationMembers)
    .where(
      and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.role, "owner")),
    );
  return row?.n ?? 0;
}

export async function addMember(tx: Executor, organizationId: string, userId: string, role: MembershipRole) {
  const [row] = await tx
    .insert(organizationMembers)
    .values({ organizationId, userId, role })
    .onConflictDoNothing()
    .returning();
  return row;
}

export async function findOpenClaim(db: Db, organizationId: string, userId: string) {
  const [row] = await db
    .select()
    .from(organizationClaims)
    .where(
      and(
        eq(organizationClaims.organizationId, organizationId),
        eq(organizationClaims.userId, userId),
        eq(organizationClaims.status, "pending"),
      ),
    );
  return row;
}

export async function insertClaim(
  tx: Executor,
  values: {
    organizationId: string;
    userId: string;
    status: ClaimStatus;
    reason?: string;
    decidedBy?: string;
  },
) {
  const decided = values.status !== "pending";
  const [row] = await tx
    .insert(organizationClaims)
    .values({ ...values, decidedAt: decided ? new Date() : null })
    .returning();
  return row!;
}

export async function findClaim(tx: Executor, id: string) {
  const [row] = await tx.select().from(organizationClaims).where(eq(organizationClaims.id, id)).for("update");
  return row;
}

export async function decideClaimRow(
  tx: Executor,
  id: string,
  decision: { status: ClaimStatus; reason?: string | undefined; decidedBy: string },
) {
  const [row] = await tx
    .update(organizationClaims)
    .set({ ...decision, reason: decision.reason ?? null, decidedAt: new Date() })
    .where(eq(organizationClaims.id, id))
    .returning();
  return row!;
}

export async function pendingClaims(db: Db) {
  return db
    .select({
      id: organizationClaims.id,
      organizationId: organizationClaims.organizationId,
      organizationName: organizations.name,
      website: organizations.website,
      userId: users.id,
      email: users.email,
      createdAt: organizationClaims.createdAt,
    })
    .from(organizationClaims)
    .innerJoin(organizations, eq(organizations.id, organizationClaims.organizationId))
    .innerJoin(users, eq(users.id, organizationClaims.userId))
    .where(eq(organizationClaims.status, "pending"))
    .orderBy(asc(organizationClaims.createdAt));
}

export async function organizationForClaim(db: Db, id: string) {
  const [row] = await db
    .select({ id: organizations.id, website: organizations.website })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row;
}
