import { eq, sql } from "drizzle-orm";
import type { Executor, Tx } from "../../db/client.ts";
import { offices } from "../offices/offices.table.ts";
import { organizations } from "../organizations/organizations.table.ts";
import type { CaseParties } from "./support-requests.policy.ts";
import { supportEvents, supportRequests } from "./support-requests.table.ts";

export type SupportRequestRow = typeof supportRequests.$inferSelect;
export type SupportRequestInsert = typeof supportRequests.$inferInsert;
export type SupportEventInsert = typeof supportEvents.$inferInsert;
export type OfficeRow = typeof offices.$inferSelect;

/** A request with what every rule and clock needs: its office (calendar, targets) and the company's name. */
export type CaseRecord = {
  row: SupportRequestRow;
  office: OfficeRow;
  companyName: (typeof organizations.$inferSelect)["name"];
};

async function select(ex: Executor, id: string, lock: boolean): Promise<CaseRecord | undefined> {
  const query = ex
    .select({ row: supportRequests, office: offices, companyName: organizations.name })
    .from(supportRequests)
    .innerJoin(offices, eq(offices.id, supportRequests.officeId))
    .innerJoin(organizations, eq(organizations.id, supportRequests.companyId))
    .where(eq(supportRequests.id, id));
  const [found] = lock ? await query.for("update", { of: supportRequests }) : await query;
  return found;
}

/** The request and its office, or undefined for an unknown id. */
export const findCase = (ex: Executor, id: string) => select(ex, id, false);

/** The same under a row lock: every write to a request goes through here, one at a time. */
export const lockCase = (tx: Tx, id: string) => select(tx, id, true);

/** What the policy needs of a case. */
export function partiesOf({ row, office }: CaseRecord): CaseParties {
  return {
    companyId: row.companyId,
    officeOrganizationId: office.organizationId,
    status: row.status,
    resolvedAt: row.resolvedAt,
    reopenDays: office.reopenDays,
  };
}

export async function updateCase(
  tx: Tx,
  id: string,
  set: Partial<SupportRequestInsert>,
): Promise<SupportRequestRow> {
  const [row] = await tx
    .update(supportRequests)
    .set({ ...set, updatedAt: sql`now()`, lastActivityAt: sql`now()` })
    .where(eq(supportRequests.id, id))
    .returning();
  return row!;
}

/** One line of the history: a status change, an assignment, a priority, a referral or an SLA event. */
export async function insertEvent(tx: Tx, event: SupportEventInsert): Promise<void> {
  await tx.insert(supportEvents).values(event);
}
