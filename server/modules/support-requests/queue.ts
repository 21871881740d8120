import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type {
  SupportRequestListQuery,
  SupportRequestSummary,
} from "../../../contracts/support-requests/support-request.ts";
import { openSupportStatuses } from "../../../contracts/support-requests/vocabulary.ts";
import type { Db, Executor } from "../../db/client.ts";
import type { Caller } from "../../platform/actor.ts";
import { AppError } from "../../platform/errors.ts";
import { containsPattern } from "../../platform/ids.ts";
import { authorize } from "../../platform/policy.ts";
import { users } from "../accounts/accounts.table.ts";
import { offices } from "../offices/offices.table.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { summaryOf } from "./case-view.ts";
import { canUseSupportDesk, isCity, organizationsOf } from "./support-requests.policy.ts";
import { supportRequests as r } from "./support-requests.table.ts";

/** Whose requests a list reads: one company's, or the queues of some offices (every office for the city). */
export type QueueScope =
  | { kind: "company"; companyId: string }
  | { kind: "offices"; officeIds: string[] }
  | { kind: "all" };

const list = (values: readonly string[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );

/**
 * The earliest due time of a running clock: the first response until answered, the resolution; none while
 * paused (a paused clock's due time is stale) or once resolved. Written once here: `sort=due`, the `sla`
 * filters and the index the lead may add for the due sort (see the report) all use this very expression.
 */
export const runningDueAt = sql`(case when ${r.status} in ('resolved', 'closed') or ${r.slaPausedAt} is not null then null else least(case when ${r.firstRespondedAt} is null then ${r.firstResponseDueAt} end, ${r.resolutionDueAt}) end)`;

const priorityRank = sql`(case ${r.priority} when 'urgent' then 0 when 'high' then 1 when 'normal' then 2 else 3 end)`;

/** The filters of the query (besides paging and sort), for one caller. */
export function queueFilters(
  scope: QueueScope,
  query: SupportRequestListQuery,
  who: { userId: string | null },
  now: Date,
): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (scope.kind === "company") where.push(eq(r.companyId, scope.companyId));
  if (scope.kind === "offices") {
    where.push(
      scope.officeIds.length === 1
        ? eq(r.officeId, scope.officeIds[0]!)
        : inArray(r.officeId, scope.officeIds),
    );
  }
  if (query.status === "open") where.push(sql`${r.status} in (${list(openSupportStatuses)})`);
  else if (query.status) where.push(eq(r.status, query.status));
  if (query.priority) where.push(eq(r.priority, query.priority));
  if (query.service) where.push(eq(r.service, query.service));
  if (query.market) where.push(eq(r.targetMarket, query.market));
  if (query.assignee === "none") where.push(isNull(r.assigneeId));
  else if (query.assignee === "me") where.push(who.userId ? eq(r.assigneeId, who.userId) : sql`false`);
  else if (query.assignee) where.push(eq(r.assigneeId, query.assignee));
  const at = now.toISOString();
  if (query.sla === "breached") {
    where.push(
      sql`(${r.firstResponseBreachedAt} is not null or ${r.resolutionBreachedAt} is not null or ${runningDueAt} <= ${at}::timestamptz)`,
    );
  }
  if (query.sla === "at-risk") {
    // The office warns `warnBeforeMinutes` business minutes ahead; here they count as wall minutes, so near
    // closing time or over a weekend a clock shows as at risk a little later than its warning mail goes out.
    where.push(
      sql`${runningDueAt} > ${at}::timestamptz and ${runningDueAt} <= ${at}::timestamptz + ${offices.warnBeforeMinutes} * interval '1 minute'`,
    );
  }
  const q = query.q?.trim();
  if (q) {
    const number = /^#?(\d{1,15})$/.exec(q)?.[1];
    // A number ("#1042" or "1042") names one request; anything else searches subjects (pg_trgm index).
    where.push(number ? eq(r.number, Number(number)) : sql`${r.subject} ilike ${containsPattern(q)}`);
  }
  return and(...where);
}

function orderOf(sort: SupportRequestListQuery["sort"]): SQL[] {
  switch (sort) {
    case "created":
      return [desc(r.createdAt), desc(r.id)];
    case "updated":
      return [desc(r.lastActivityAt), desc(r.id)];
    case "priority":
      return [asc(priorityRank), sql`${runningDueAt} asc nulls last`, asc(r.createdAt), asc(r.id)];
    default:
      return [sql`${runningDueAt} asc nulls last`, asc(r.createdAt), asc(r.id)];
  }
}

/**
 * One page of requests and the total, with what a row shows (office, company name, assignee name, both
 * clocks at `now`). Three queries: the page, the count, the assignees' names.
 */
export async function listQueue(
  ex: Executor,
  scope: QueueScope,
  query: SupportRequestListQuery,
  who: { userId: string | null },
  now: Date,
): Promise<{ items: SupportRequestSummary[]; total: number }> {
  const where = queueFilters(scope, query, who, now);
  // The office is joined only where a filter needs its warning window; the page joins it anyway.
  const counted = ex.select({ n: sql<number>`count(*)::int` }).from(r);
  const [rows, [count]] = await Promise.all([
    ex
      .select({
        row: r,
        office: {
          id: offices.id,
          name: offices.name,
          timeZone: offices.timeZone,
          hours: offices.hours,
          holidayCalendars: offices.holidayCalendars,
          holidays: offices.holidays,
          updatedAt: offices.updatedAt,
        },
        companyName: organizations.name,
      })
      .from(r)
      .innerJoin(offices, eq(offices.id, r.officeId))
      .innerJoin(organizations, eq(organizations.id, r.companyId))
      .where(where)
      .orderBy(...orderOf(query.sort))
      .limit(query.limit)
      .offset(query.offset),
    query.sla === "at-risk"
      ? counted.innerJoin(offices, eq(offices.id, r.officeId)).where(where)
      : counted.where(where),
  ]);
  const assigneeIds = [
    ...new Set(rows.map((x) => x.row.assigneeId).filter((id): id is string => id !== null)),
  ];
  const names = new Map(
    assigneeIds.length === 0
      ? []
      : (
          await ex
            .select({ id: users.id, name: users.name })
            .from(users)
            .where(inArray(users.id, assigneeIds))
        ).map((u) => [u.id, u.name]),
  );
  const items = rows.map(({ row, office, companyName }) =>
    summaryOf(
      row,
      office,
      companyName,
      row.assigneeId ? { id: row.assigneeId, name: names.get(row.assigneeId) ?? "" } : null,
      now,
    ),
  );
  return { items, total: count?.n ?? 0 };
}

/** The desks whose organization the actor belongs to: their queues are theirs to work. */
async function officesOf(ex: Executor, organizationIds: string[]): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const rows = await ex
    .select({ id: offices.id })
    .from(offices)
    .where(inArray(offices.organizationId, organizationIds));
  return rows.map((row) => row.id);
}

/**
 * My requests or an office queue. `scope=mine` lists the acting organization's requests (the company the
 * person acts for now, or an organization token's). `scope=office`, the default for staff and the city,
 * lists the queues of the offices whose organization the actor belongs to, or `office` alone (the city may
 * name any office; without one it sees every office's).
 */
export async function listRequests(
  db: Db,
  caller: Caller | undefined,
  query: SupportRequestListQuery,
  now = new Date(),
): Promise<{ items: SupportRequestSummary[]; total: number }> {
  authorize(caller?.actor, canUseSupportDesk);
  const { actor } = caller;
  const city = isCity(actor);
  const staffOf = await officesOf(db, organizationsOf(actor));
  const who = { userId: actor.kind === "user" ? actor.id : null };
  const scope = query.scope ?? (city || staffOf.length > 0 ? "office" : "mine");
  if (scope === "mine") {
    if (!actor.organizationId) return { items: [], total: 0 };
    return listQueue(db, { kind: "company", companyId: actor.organizationId }, query, who, now);
  }
  if (query.office) {
    if (!city && !staffOf.includes(query.office)) {
      throw new AppError("FORBIDDEN", {
        fields: [{ field: "office", message: "must be an office you work for" }],
      });
    }
    return listQueue(db, { kind: "offices", officeIds: [query.office] }, query, who, now);
  }
  if (city) return listQueue(db, { kind: "all" }, query, who, now);
  if (staffOf.length === 0) {
    throw new AppError("FORBIDDEN", {
      fields: [{ field: "scope", message: "must be an office you work for" }],
    });
  }
  return listQueue(db, { kind: "offices", officeIds: staffOf }, query, who, now);
}
