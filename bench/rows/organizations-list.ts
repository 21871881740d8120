import type { BenchRow } from "../lib/row.ts";
import { organizationColumns } from "../lib/sql-columns.ts";

// organizations.repository.ts `listOrganizations` without filters: one page plus the total, in parallel.
const page = `
  select ${organizationColumns}
    from organizations o left join zones z on z.id = o.zone_id
   order by o.sort_name, o.id
   limit $1`;

const total = "select count(*)::int as n from organizations o left join zones z on z.id = o.zone_id";

export const row: BenchRow = {
  method: "GET",
  path: "/api/v1/organizations?limit=20",
  async raw(pool) {
    const [items, count] = await Promise.all([pool.query(page, [20]), pool.query(total)]);
    return { items: items.rows, total: count.rows[0]?.n ?? 0 };
  },
};
