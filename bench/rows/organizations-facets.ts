import type { BenchRow } from "../lib/row.ts";

// Facet counts without a query, the directory's landing page: what PostgreSQL alone needs to count the seven
// facets over every organization (one GROUP BY per facet, in parallel). The server answers from its in-memory
// index (organizations/facet-index.ts), so this ratio shows what the index saves.
const groupBys = [
  "select kind as value, count(*)::int as count from organizations group by 1",
  "select scope as value, count(*)::int as count from organizations group by 1",
  "select unnest(industries) as value, count(*)::int as count from organizations group by 1",
  "select z.code as value, count(*)::int as count from organizations o join zones z on z.id = o.zone_id group by 1",
  "select stage as value, count(*)::int as count from organizations where stage is not null group by 1",
  "select country as value, count(*)::int as count from organizations where country is not null group by 1",
  "select unnest(target_markets) as value, count(*)::int as count from organizations group by 1",
];
const names = ["kind", "scope", "industry", "zone", "stage", "country", "market"];

export const row: BenchRow = {
  method: "GET",
  path: "/api/v1/organizations/facets",
  async raw(pool) {
    const results = await Promise.all(groupBys.map((sql) => pool.query(sql)));
    return Object.fromEntries(results.map((result, i) => [names[i], result.rows]));
  },
};
