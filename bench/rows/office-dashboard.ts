import type { SqlRow } from "../lib/row.ts";
import { laOfficeId } from "../lib/support-queue-sql.ts";

// The LA office's dashboard over its default period (this week and the eleven before, Mondays in Los Angeles),
// with the admin token. Raw: the five aggregates of support-requests/dashboard.ts by hand, in parallel —
// open by status and priority; per week and in total: created, SLA compliance, median first response,
// satisfaction; resolved per week; breaches; at risk within the warning window (wall minutes here).
const from = "(date_trunc('week', now() at time zone $2) - interval '11 weeks') at time zone $2";
const week = (column: string) => `to_char(date_trunc('week', ${column} at time zone $2), 'YYYY-MM-DD')`;
const open = "('new', 'triaged', 'in-progress', 'waiting-on-company')";

const queries = {
  open: `
    select status, priority, count(*)::int as n from support_requests
     where office_id = $1 and status in ${open} group by status, priority`,
  period: `
    select week, count(*)::int as created,
      count(*) filter (where first_response_breached_at is null and first_responded_at <= first_response_due_at)::int as fr_met,
      count(*) filter (where first_response_breached_at is not null or first_responded_at > first_response_due_at)::int as fr_missed,
      count(*) filter (where status in ('resolved', 'closed') and resolution_breached_at is null and resolved_at <= resolution_due_at)::int as res_met,
      count(*) filter (where resolution_breached_at is not null or (status in ('resolved', 'closed') and resolved_at > resolution_due_at))::int as res_missed,
      percentile_cont(0.5) within group (order by first_response_minutes) as median_first_response,
      avg(rating)::float8 as rating_average, count(rating)::int as rating_count
    from (select *, ${week("created_at")} as week from support_requests
           where office_id = $1 and created_at >= ${from} and created_at < now()) r
    group by grouping sets ((week), ())`,
  resolved: `
    select ${week("resolved_at")} as week, count(*)::int as n from support_requests
     where office_id = $1 and resolved_at >= ${from} and resolved_at < now() group by 1`,
  breaches: `
    select metric, count(*)::int as n from sla_breaches
     where office_id = $1 and breached_at >= ${from} and breached_at < now() group by metric`,
  atRisk: `
    select count(*)::int as n from support_requests
     where office_id = $1 and status in ('new', 'triaged', 'in-progress') and sla_paused_at is null and (
       (first_responded_at is null and first_response_breached_at is null
         and first_response_due_at > now() and first_response_due_at <= now() + interval '120 minutes')
       or (resolution_breached_at is null
         and resolution_due_at > now() and resolution_due_at <= now() + interval '120 minutes'))`,
};
// Only the queries that name the zone get it.
const withZone = (sql: string, params: string[]) => (sql.includes("$2") ? params : params.slice(0, 1));

export const row: SqlRow = {
  method: "GET",
  path: "/api/v1/offices/{office}/dashboard",
  auth: "token",
  params: async (pool) => ({ office: await laOfficeId(pool) }),
  async raw(pool, params) {
    const args = [params.office!, "America/Los_Angeles"];
    const results = await Promise.all(
      Object.entries(queries).map(async ([name, sql]) => [
        name,
        (await pool.query(sql, withZone(sql, args))).rows,
      ]),
    );
    return Object.fromEntries(results);
  },
};
