import type { SqlRow } from "../lib/row.ts";
import { eyewearManufacturer, idOf } from "../lib/synthetic-picks.ts";

// Top 10 open opportunities for one synthetic eyewear manufacturer, as an admin API client asks. Raw: the
// open, unexpired opportunities whose concepts overlap the company's offered concepts, ranked by how many
// they share.
const ranked = `
  with offered as (select offer_concepts from organizations where id = $1)
  select p.id, p.external_id, p.title
    from opportunities p, offered f
   where p.status = 'open' and (p.deadline is null or p.deadline >= current_date)
     and p.concepts && f.offer_concepts
   order by cardinality(array(select unnest(p.concepts) intersect select unnest(f.offer_concepts))) desc, p.id
   limit 10`;

export const row: SqlRow = {
  method: "GET",
  path: "/api/v1/organizations/{id}/matches?limit=10",
  auth: "token",
  params: async (pool) => ({ id: await idOf(pool, "organizations", eyewearManufacturer()) }),
  async raw(pool, params) {
    const { rows } = await pool.query(ranked, [params.id]);
    return { items: rows };
  },
};
