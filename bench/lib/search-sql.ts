import { parseQuery } from "../../server/platform/search/query.ts";
import { organizationColumns } from "./sql-columns.ts";

/**
 * The SQL the directory search runs for `q` when its first phase finds records (organizations.filter.ts
 * `searchPhases`: every term through the lexemes), with the tsquery the app computes from the same words:
 * the raw baseline is the database work alone.
 */
export function searchSql(q: string) {
  const query = parseQuery(q);
  if (!query) throw new Error(`"${q}" has no search tokens`);
  const where = "o.search_tokens @@ $1::tsquery";
  return {
    params: [query.all],
    page: `
      select ${organizationColumns}
        from organizations o left join zones z on z.id = o.zone_id
       where ${where}
       order by ts_rank(o.search_tokens, $1::tsquery) desc, o.sort_name, o.id
       limit 20`,
    total: `select count(*)::int as n from organizations o left join zones z on z.id = o.zone_id where ${where}`,
    ids: `select o.id from organizations o where ${where}`,
  };
}
