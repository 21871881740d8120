import { and, eq, sql } from "drizzle-orm";
import type { Executor, Tx } from "../../db/client.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { supportReferrals } from "./support-requests.table.ts";

export type ReferralRow = typeof supportReferrals.$inferSelect;
export type ReferralInsert = typeof supportReferrals.$inferInsert;

/** A directory organization a referral may name as its partner: its country decides the invite's language. */
export async function findPartnerOrganization(ex: Executor, id: string) {
  const [row] = await ex
    .select({ id: organizations.id, name: organizations.name, country: organizations.country })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row;
}

export async function insertReferral(tx: Tx, values: ReferralInsert): Promise<ReferralRow> {
  const [row] = await tx.insert(supportReferrals).values(values).returning();
  return row!;
}

/** A referral of this request, locked for the change (the request itself is locked first). */
export async function lockReferral(
  tx: Tx,
  requestId: string,
  referralId: string,
): Promise<ReferralRow | undefined> {
  const [row] = await tx
    .select()
    .from(supportReferrals)
    .where(and(eq(supportReferrals.id, referralId), eq(supportReferrals.requestId, requestId)))
    .for("update");
  return row;
}

/** The referral whose report-back token hashes to `tokenHash` (a unique index), or undefined. */
export async function findReferralByTokenHash(
  ex: Executor,
  tokenHash: string,
): Promise<ReferralRow | undefined> {
  const [row] = await ex
    .select()
    .from(supportReferrals)
    .where(eq(supportReferrals.reportTokenHash, tokenHash));
  return row;
}

export async function updateReferral(
  tx: Tx,
  id: string,
  set: Pick<ReferralInsert, "status" | "outcome">,
): Promise<ReferralRow> {
  const [row] = await tx
    .update(supportReferrals)
    .set({ ...set, reportedAt: sql`now()`, updatedAt: sql`now()` })
    .where(eq(supportReferrals.id, id))
    .returning();
  return row!;
}
