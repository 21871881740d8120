import type { BenchRow } from "../lib/row.ts";
import { searchSql } from "../lib/search-sql.ts";

// Facet counts under a search and a filter; raw: the same seven counts done by PostgreSQL over the matches.
// The load repeats one URL, so after the first request the server answers from its snapshot's answer cache
// (decision 018); a new query costs 5–80 ms (one id lookup in PostgreSQL plus one counting pass).
const sql = searchSql("eyewear");
const matches = `with m as materialized (select o.* from organizations o where ${sql.ids.split("where ")[1]})`;
const groupBys = {
  kind: `${matches} select kind as value, count(*)::int as count from m group by 1`,
  scope: `${matches} select scope as value, count(*)::int as count from m where kind = 'manufacturer' group by 1`,
  industry: `${matches} select unnest(industries) as value, count(*)::int as count from m where kind = 'manufacturer' group by 1`,
  zone: `${matches} select z.code as value, count(*)::int as count from m join zones z on z.id = m.zone_id where kind = 'manufacturer' group by 1`,
  stage: `${matches} select stage as value, count(*)::int as count from m where kind = 'manufacturer' and stage is not null group by 1`,
  country: `${matches} select country as value, count(*)::int as count from m where kind = 'manufacturer' and country is not null group by 1`,
  market: `${matches} select unnest(target_markets) as value, count(*)::int as count from m where kind = 'manufacturer' group by 1`,
};

export const row: BenchRow = {
  method: "GET",
  path: "/api/v1/organizations/facets?q=eyewear&kind=manufacturer",
  async raw(pool) {
    const entries = await Promise.all(
      Object.entries(groupBys).map(async ([name, query]) => [
        name,
        (await pool.query(query, sql.params)).rows,
      ]),
    );
    return Object.fromEntries(entries);
  },
};
