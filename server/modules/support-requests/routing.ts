import { and, asc, eq, sql } from "drizzle-orm";
import { openSupportStatuses, type SupportService } from "../../../contracts/support-requests/vocabulary.ts";
import type { Executor } from "../../db/client.ts";
import { AppError } from "../../platform/errors.ts";
import { organizationMembers } from "../memberships/memberships.table.ts";
import { officeStaff, offices } from "../offices/offices.table.ts";
import type { OfficeRow } from "./support-requests.repository.ts";
import { supportRequests } from "./support-requests.table.ts";

/**
 * The office serving a market (ISO alpha-2): the one whose `countries` contain it (the oldest desk, should
 * two ever list the same country). None: 400 naming `targetMarket`, with the markets that are served.
 */
export async function officeForMarket(ex: Executor, country: string): Promise<OfficeRow> {
  const [office] = await ex
    .select()
    .from(offices)
    .where(sql`${country} = any(${offices.countries})`)
    .orderBy(asc(offices.createdAt), asc(offices.id))
    .limit(1);
  if (office) return office;
  const served = await ex.select({ countries: offices.countries }).from(offices);
  const markets = [...new Set(served.flatMap((row) => row.countries))].sort();
  const message = markets.length
    ? `must be a market an office serves: ${markets.join(", ")}`
    : "no office takes requests yet";
  throw new AppError("VALIDATION_FAILED", { fields: [{ field: "targetMarket", message }] });
}

/**
 * Who gets a new request: among the members of the office's organization whose staff row says available
 * (no row: available, no skills), those with the service among their skills first, then the fewest open
 * requests assigned to them (in any office: a person's whole load), then the longest-standing member.
 * Null when nobody is available: the request waits in the office's queue unassigned.
 */
export async function chooseAssignee(
  ex: Executor,
  office: Pick<OfficeRow, "id" | "organizationId">,
  service: SupportService,
): Promise<string | null> {
  // A correlated count per member reads only the (assignee_id, status) index.
  const load = sql<number>`(
    select count(*) from ${supportRequests}
    where ${supportRequests.assigneeId} = ${organizationMembers.userId}
      and ${supportRequests.status} in (${sql.join(
        openSupportStatuses.map((status) => sql`${status}`),
        sql`, `,
      )})
  )`;
  const skilled = sql`coalesce(${service} = any(${officeStaff.services}), false)`;
  const [chosen] = await ex
    .select({ userId: organizationMembers.userId })
    .from(organizationMembers)
    .leftJoin(
      officeStaff,
      and(eq(officeStaff.officeId, office.id), eq(officeStaff.userId, organizationMembers.userId)),
    )
    .where(
      and(
        eq(organizationMembers.organizationId, office.organizationId),
        sql`coalesce(${officeStaff.available}, true)`,
      ),
    )
    .orderBy(
      sql`${skilled} desc`,
      sql`${load} asc`,
      asc(organizationMembers.createdAt),
      asc(organizationMembers.userId),
    )
    .limit(1);
  return chosen?.userId ?? null;
}
