import type pg from "pg";
import type { SqlRow } from "./row.ts";

/**
 * The office queue by hand (what support-requests/queue.ts `listQueue` asks of PostgreSQL for one page):
 * the office's open requests with company, office and assignee, ordered by the earliest running due time,
 * 50 rows, and the total, in parallel. No clock views, no JSON schema: the ratio is what the app adds.
 */
const runningDue = `(case when r.status in ('resolved', 'closed') or r.sla_paused_at is not null then null
   else least(case when r.first_responded_at is null then r.first_response_due_at end, r.resolution_due_at) end)`;

const filters = {
  none: "",
  urgent: "and r.priority = 'urgent'",
  breached: `and (r.first_response_breached_at is not null or r.resolution_breached_at is not null
             or ${runningDue} <= now())`,
  text: "and r.subject ilike $2",
} as const;

export function queueSql(filter: keyof typeof filters) {
  const where = `where r.office_id = $1
     and r.status in ('new', 'triaged', 'in-progress', 'waiting-on-company') ${filters[filter]}`;
  return {
    page: `
      select r.id, r.number, r.subject, r.service, r.target_market, r.priority, r.status, r.preferred_language,
             r.first_response_due_at, r.resolution_due_at, r.first_responded_at, r.resolved_at, r.sla_paused_at,
             r.first_response_breached_at, r.resolution_breached_at, r.created_at, r.updated_at,
             r.last_activity_at, o.id as company_id, o.name as company_name, f.id as office_id,
             f.name as office_name, f.time_zone, u.id as assignee_id, u.name as assignee_name
        from support_requests r
        join organizations o on o.id = r.company_id
        join offices f on f.id = r.office_id
        left join users u on u.id = r.assignee_id
       ${where}
       order by ${runningDue} asc nulls last, r.created_at, r.id
       limit 50`,
    total: `select count(*)::int as n from support_requests r ${where}`,
  };
}

/** The id of the LA office's support desk (made from the demo data's `daegu-la-office`). */
export async function laOfficeId(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query<{ id: string }>(
    `select f.id from offices f join organizations o on o.id = f.organization_id
      where o.external_id = 'daegu-la-office'`,
  );
  if (!rows[0]) throw new Error("The LA office has no support desk: did the server load the demo data?");
  return rows[0].id;
}

/** A queue row: the path's query string and the hand-written SQL for it (`text`: the `q` as an ILIKE pattern). */
export function queueRow(query: string, filter: keyof typeof filters, text?: string): SqlRow {
  const sql = queueSql(filter);
  const args = (office: string) => (text === undefined ? [office] : [office, `%${text}%`]);
  return {
    method: "GET",
    path: `/api/v1/support-requests?scope=office&office={office}&status=open&sort=due&limit=50${query}`,
    auth: "token",
    params: async (pool) => ({ office: await laOfficeId(pool) }),
    async raw(pool: pg.Pool, params: Record<string, string>) {
      const [items, count] = await Promise.all([
        pool.query(sql.page, args(params.office!)),
        pool.query(sql.total, args(params.office!)),
      ]);
      return { items: items.rows, total: count.rows[0]?.n ?? 0 };
    },
  };
}
