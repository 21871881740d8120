import type { SqlRow } from "../lib/row.ts";
import { broadOpportunity, idOf } from "../lib/synthetic-picks.ts";

// Top 10 local organizations for one broad opportunity (an eyewear OEM sourcing: tens of thousands of
// companies share a concept with it), as an admin API client asks. Raw: what a hand-written endpoint would
// run, the companies whose offered concepts (computed on write) overlap the opportunity's, ranked by how
// many they share — no scoring, reasons or gaps.
const ranked = `
  with wanted as (select concepts from opportunities where id = $1)
  select o.id, o.external_id, o.name
    from organizations o, wanted w
   where o.scope = 'local' and o.offer_concepts && w.concepts
   order by cardinality(array(select unnest(o.offer_concepts) intersect select unnest(w.concepts))) desc, o.id
   limit 10`;

export const row: SqlRow = {
  method: "GET",
  path: "/api/v1/opportunities/{id}/matches?limit=10",
  auth: "token",
  params: async (pool) => ({ id: await idOf(pool, "opportunities", broadOpportunity()) }),
  async raw(pool, params) {
    const { rows } = await pool.query(ranked, [params.id]);
    return { items: rows };
  },
};
