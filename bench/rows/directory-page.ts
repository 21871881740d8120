import type { BenchRow } from "../lib/row.ts";
import { searchSql } from "../lib/search-sql.ts";

// The directory page's server render for a search (app/routes/directory.tsx): its loader runs the search and
// the facet counts. Raw: the same search SQL plus PostgreSQL's own facet counts over the matches, as JSON —
// so the ratio is what rendering the HTML page costs over the data alone.
const sql = searchSql("eyewear");
const facets = `
  with m as materialized (select o.kind, o.industries from organizations o where ${sql.ids.split("where ")[1]})
  select 'kind' as facet, kind as value, count(*)::int as count from m group by 2
  union all select 'industry', unnest(industries), count(*)::int from m group by 2`;

export const row: BenchRow = {
  method: "GET",
  path: "/en/directory?q=eyewear",
  async raw(pool) {
    const [items, count, counts] = await Promise.all([
      pool.query(sql.page, sql.params),
      pool.query(sql.total, sql.params),
      pool.query(facets, sql.params),
    ]);
    return { items: items.rows, total: count.rows[0]?.n ?? 0, facets: counts.rows };
  },
};
