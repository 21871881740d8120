import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { Db, Executor } from "../../db/client.ts";
import { organizationInvitations, organizationMembers } from "./memberships.table.ts";

export type InvitationRow = typeof organizationInvitations.$inferSelect;

export async function insertInvitation(tx: Executor, values: typeof organizationInvitations.$inferInsert) {
  const [row] = await tx.insert(organizationInvitations).values(values).returning();
  return row!;
}

export function listInvitations(db: Db, organizationId: string) {
  return db
    .select()
    .from(organizationInvitations)
    .where(eq(organizationInvitations.organizationId, organizationId))
    .orderBy(desc(organizationInvitations.id));
}

/** The invitation behind a token, if it is still open: not accepted, not revoked, not expired. */
export async function findOpenInvitation(tx: Executor, tokenHash: string, now: Date) {
  const [row] = await tx
    .select()
    .from(organizationInvitations)
    .where(
      and(
        eq(organizationInvitations.tokenHash, tokenHash),
        isNull(organizationInvitations.acceptedAt),
        isNull(organizationInvitations.revokedAt),
        gt(organizationInvitations.expiresAt, now),
      ),
    )
    .for("update");
  return row;
}

export async function markAccepted(tx: Executor, id: string, userId: string) {
  const [row] = await tx
    .update(organizationInvitations)
    .set({ acceptedAt: new Date(), acceptedBy: userId })
    .where(eq(organizationInvitations.id, id))
    .returning();
  return row!;
}

export async function revokeInvitationRow(tx: Executor, organizationId: string, id: string) {
  const [row] = await tx
    .update(organizationInvitations)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(organizationInvitations.id, id),
        eq(organizationInvitations.organizationId, organizationId),
        isNull(organizationInvitations.acceptedAt),
        isNull(organizationInvitations.revokedAt),
      ),
    )
    .returning();
  return row;
}

export async function removeMemberRow(tx: Executor, organizationId: string, userId: string) {
  const [row] = await tx
    .delete(organizationMembers)
    .where(
      and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, userId)),
    )
    .returning();
  return row;
}
