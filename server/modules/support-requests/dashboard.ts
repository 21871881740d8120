import { eq, type SQL, sql } from "drizzle-orm";
import type { OfficeDashboard } from "../../../contracts/offices/office.ts";
import {
  openSupportStatuses,
  type SupportPriority,
  type SupportStatus,
  supportPriorities,
} from "../../../contracts/support-requests/vocabulary.ts";
import type { Db } from "../../db/client.ts";
import type { Caller } from "../../platform/actor.ts";
import { addBusinessMinutes } from "../../platform/business-hours/business-time.ts";
import {
  addDays,
  type CivilDate,
  fromZoned,
  isoDate,
  toZoned,
  weekdayOf,
} from "../../platform/business-hours/zoned.ts";
import { AppError, invalid, notFound } from "../../platform/errors.ts";
import { isUuid } from "../../platform/ids.ts";
import { authorize } from "../../platform/policy.ts";
import { officeCalendar } from "../offices/offices.service.ts";
import { offices } from "../offices/offices.table.ts";
import { canUseSupportDesk, isOfficeSide } from "./support-requests.policy.ts";
import type { OfficeRow } from "./support-requests.repository.ts";

/** The default period: this week and the eleven before it. */
export const DEFAULT_WEEKS = 12;
/** The longest period one dashboard covers (two years of weeks). */
const MAX_DAYS = 2 * 366;

/** The Monday of the week (in `timeZone`) that contains `instant`. */
function mondayOf(instant: Date, timeZone: string): CivilDate {
  const { year, month, day } = toZoned(instant, timeZone);
  const date = { year, month, day };
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

const midnight = (date: CivilDate, timeZone: string) => fromZoned({ ...date, hour: 0, minute: 0 }, timeZone);

const civil = (iso: string): CivilDate => {
  const [year, month, day] = iso.split("-").map(Number);
  return { year: year!, month: month!, day: day! };
};

/** The Mondays (ISO dates in the office's zone) of every week that overlaps [from, to). */
function weeksOf(from: Date, to: Date, timeZone: string): string[] {
  const weeks: string[] = [];
  for (let monday = mondayOf(from, timeZone); midnight(monday, timeZone) < to; monday = addDays(monday, 7)) {
    weeks.push(isoDate(monday));
  }
  return weeks;
}

/** The period asked for, or the last twelve weeks (Monday to Monday in the office's zone) up to now. */
export function periodOf(
  office: Pick<OfficeRow, "timeZone">,
  period: { from?: Date | undefined; to?: Date | undefined },
  now: Date,
): { from: Date; to: Date } {
  const to = period.to ?? now;
  const from =
    period.from ??
    midnight(addDays(mondayOf(to, office.timeZone), -7 * (DEFAULT_WEEKS - 1)), office.timeZone);
  if (Number.isNaN(from.getTime())) throw invalid("from", "must be a date and time");
  if (Number.isNaN(to.getTime())) throw invalid("to", "must be a date and time");
  if (from >= to) throw invalid("from", "must be before to");
  if (to.getTime() - from.getTime() > MAX_DAYS * 86_400_000)
    throw invalid("to", "must be at most two years after from");
  return { from, to };
}

const rate = (met: number, missed: number) => (met + missed > 0 ? met / (met + missed) : null);

/** Clocks decided in time or not, counted over the rows of one aggregate (SQL `filter` clauses). */
const outcomes = sql.raw(`
  count(*) filter (where first_response_breached_at is null and first_responded_at <= first_response_due_at)::int as fr_met,
  count(*) filter (where first_response_breached_at is not null or first_responded_at > first_response_due_at)::int as fr_missed,
  count(*) filter (where status in ('resolved', 'closed') and resolution_breached_at is null and resolved_at <= resolution_due_at)::int as res_met,
  count(*) filter (where resolution_breached_at is not null or (status in ('resolved', 'closed') and resolved_at > resolution_due_at))::int as res_missed`);

type Outcomes = { created: number; fr_met: number; fr_missed: number; res_met: number; res_missed: number };

/**
 * One aggregate in its own transaction, with room to hash its groups in memory: PostgreSQL cannot know a
 * week bucket has a dozen values, plans for one group per row and would sort tens of thousands of rows
 * (to disk) instead.
 */
function aggregate<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local work_mem = '32MB'`);
    return (await tx.execute(query)).rows as T[];
  });
}

/**
 * The figures, one SQL aggregate each, side by side on the pool: open requests now; for requests created
 * in the period, SLA compliance (of the clocks whose outcome is known — stopped, or already breached — the
 * share stopped in time), the median first response and satisfaction, in total and per week; breaches
 * recorded in the period; resolutions per week; open requests at risk now. Weeks are buckets between the
 * Mondays' midnights in the office's zone (`width_bucket`), so rows need no zone conversion.
 */
async function figures(db: Db, office: OfficeRow, from: Date, to: Date, weeks: string[], now: Date) {
  const id = office.id;
  const open = sql.join(
    openSupportStatuses.map((status) => sql`${status}`),
    sql`, `,
  );
  const mondays = weeks.map((week) => midnight(civil(week), office.timeZone).toISOString());
  const bounds = sql`${`{${mondays.join(",")}}`}::timestamptz[]`;
  const [fromIso, toIso, nowIso] = [from.toISOString(), to.toISOString(), now.toISOString()];
  const created = sql`office_id = ${id} and created_at >= ${fromIso}::timestamptz and created_at < ${toIso}::timestamptz`;
  const calendar = officeCalendar(office, now);
  const horizon =
    office.warnBeforeMinutes > 0 ? addBusinessMinutes(now, office.warnBeforeMinutes, calendar) : now;
  const horizonIso = horizon.toISOString();

  const [openRows, [total], weekRows, resolvedRows, breachRows, [risk]] = await Promise.all([
    aggregate<{ status: SupportStatus; priority: SupportPriority; n: number }>(
      db,
      sql`select status, priority, count(*)::int as n from support_requests
        where office_id = ${id} and status in (${open}) group by status, priority`,
    ),
    aggregate<Outcomes & { median: number | null; rating_average: number | null; rating_count: number }>(
      db,
      sql`select count(*)::int as created, ${outcomes},
          percentile_cont(0.5) within group (order by first_response_minutes) as median,
          avg(rating)::float8 as rating_average, count(rating)::int as rating_count
        from support_requests where ${created}`,
    ),
    aggregate<Outcomes & { bucket: number }>(
      db,
      sql`select width_bucket(created_at, ${bounds}) as bucket, count(*)::int as created, ${outcomes}
        from support_requests where ${created} group by 1`,
    ),
    aggregate<{ bucket: number; n: number }>(
      db,
      sql`select width_bucket(resolved_at, ${bounds}) as bucket, count(*)::int as n from support_requests
        where office_id = ${id} and resolved_at >= ${fromIso}::timestamptz and resolved_at < ${toIso}::timestamptz
        group by 1`,
    ),
    aggregate<{ metric: string; n: number }>(
      db,
      sql`select metric, count(*)::int as n from sla_breaches
        where office_id = ${id} and breached_at >= ${fromIso}::timestamptz and breached_at < ${toIso}::timestamptz
        group by metric`,
    ),
    aggregate<{ n: number }>(
      db,
      sql`select count(*)::int as n from support_requests
        where office_id = ${id} and status in ('new', 'triaged', 'in-progress') and sla_paused_at is null and (
          (first_responded_at is null and first_response_breached_at is null
            and first_response_due_at > ${nowIso}::timestamptz and first_response_due_at <= ${horizonIso}::timestamptz)
          or (resolution_breached_at is null
            and resolution_due_at > ${nowIso}::timestamptz and resolution_due_at <= ${horizonIso}::timestamptz))`,
    ),
  ]);
  return {
    open: openRows,
    total: total!,
    byWeek: new Map(weekRows.map((row) => [weeks[row.bucket - 1]!, row])),
    resolvedByWeek: new Map(resolvedRows.map((row) => [weeks[row.bucket - 1]!, row.n])),
    breaches: breachRows,
    atRisk: risk?.n ?? 0,
  };
}

/**
 * The office dashboard for the city and the office's own staff (anyone else: 403; an unknown office: 404).
 * Weeks start on Monday in the office's time zone.
 */
export async function officeDashboard(
  db: Db,
  caller: Caller | undefined,
  officeId: string,
  period: { from?: Date | undefined; to?: Date | undefined },
  now = new Date(),
): Promise<OfficeDashboard> {
  authorize(caller?.actor, canUseSupportDesk);
  if (!isUuid(officeId)) throw notFound();
  const [office] = await db.select().from(offices).where(eq(offices.id, officeId));
  if (!office) throw notFound();
  if (!isOfficeSide(caller.actor, { officeOrganizationId: office.organizationId }))
    throw new AppError("FORBIDDEN");
  const { from, to } = periodOf(office, period, now);
  const weeks = weeksOf(from, to, office.timeZone);
  const data = await figures(db, office, from, to, weeks, now);

  const openByStatus: Record<string, number> = Object.fromEntries(openSupportStatuses.map((s) => [s, 0]));
  const openByPriority: Record<string, number> = Object.fromEntries(supportPriorities.map((p) => [p, 0]));
  for (const row of data.open) {
    openByStatus[row.status] = (openByStatus[row.status] ?? 0) + row.n;
    openByPriority[row.priority] = (openByPriority[row.priority] ?? 0) + row.n;
  }
  const { total } = data;
  const breaches = (metric: string) => data.breaches.find((row) => row.metric === metric)?.n ?? 0;

  return {
    officeId: office.id,
    from: from.toISOString(),
    to: to.toISOString(),
    openByStatus,
    openByPriority,
    compliance: {
      firstResponse: rate(total.fr_met, total.fr_missed),
      resolution: rate(total.res_met, total.res_missed),
    },
    medianFirstResponseMinutes: total.median === null ? null : Number(total.median),
    breaches: { firstResponse: breaches("first-response"), resolution: breaches("resolution") },
    atRisk: data.atRisk,
    weeks: weeks.map((week) => {
      const row = data.byWeek.get(week);
      return {
        week,
        created: row?.created ?? 0,
        resolved: data.resolvedByWeek.get(week) ?? 0,
        firstResponseCompliance: row ? rate(row.fr_met, row.fr_missed) : null,
        resolutionCompliance: row ? rate(row.res_met, row.res_missed) : null,
      };
    }),
    satisfaction: { average: total.rating_average, count: total.rating_count },
  };
}
