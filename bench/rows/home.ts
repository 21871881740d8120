import type { Pool } from "pg";
import type { BenchRow } from "../lib/row.ts";
import { organizationColumns } from "../lib/sql-columns.ts";

// The queries of app/features/home/home.server.ts `loadHome`, in parallel as the loader runs them.
// The directory-wide figures are cached for 30 s there, so they are cached the same way here:
// the ratio then measures what the app adds (rendering, plugins), not the cache.
const storyOrganizations = ["meta", "pnp", "pnp-daegu", "nvidia", "daegu-la-office"];

const industries = `
  select i.code, i.parent_code as parent, i."group", i.name, coalesce(c.n, 0)::int as organization_count
    from industries i
    left join (select unnest(industries) as code, count(*) as n from organizations group by 1) c
      on c.code = i.code
   order by i.sort_order`;

const zones = `
  select z.id, z.code, z.name, z.designation, z.created_at, z.updated_at,
         coalesce(c.n, 0)::int as organization_count
    from zones z
    left join (select zone_id, count(*) as n from organizations where zone_id is not null group by zone_id) c
      on c.zone_id = z.id
   order by z.id`;

const partners = `
  select ${organizationColumns}
    from organizations o left join zones z on z.id = o.zone_id
   where o.external_id in ($1, $2, $3, $4, $5)`;

const scopes = "select scope, count(*)::int as n from organizations group by scope";

const opportunities = `
  select p.id, p.external_id, p.owner_id, p.kind, p.title, p.description, p.industries, p.tags, p.stages,
         p.markets, p.deadline, p.status, p.created_at, p.updated_at,
         o.id as owner_organization_id, o.external_id as owner_external_id, o.name as owner_name
    from opportunities p join organizations o on o.id = p.owner_id
   where p.status = $1
   order by p.deadline asc nulls last, p.id asc
   limit $2`;

const openOpportunities = `
  select count(*)::int as n
    from opportunities p join organizations o on o.id = p.owner_id
   where p.status = $1`;

let figures: ReturnType<typeof loadFigures> | undefined;
let figuresAt = 0;
function loadFigures(pool: Pool) {
  return Promise.all([pool.query(industries), pool.query(zones), pool.query(scopes)]);
}

export const row: BenchRow = {
  method: "GET",
  path: "/",
  async raw(pool) {
    if (!figures || Date.now() - figuresAt > 30_000) {
      figures = loadFigures(pool);
      figuresAt = Date.now();
    }
    const [[industryRows, zoneRows, scopeRows], partnerRows, opportunityRows, openCount] = await Promise.all([
      figures,
      pool.query(partners, storyOrganizations),
      pool.query(opportunities, ["open", 4]),
      pool.query(openOpportunities, ["open"]),
    ]);
    return {
      industries: industryRows.rows,
      zones: zoneRows.rows,
      partners: partnerRows.rows,
      scopes: scopeRows.rows,
      opportunities: { items: opportunityRows.rows, total: openCount.rows[0]?.n ?? 0 },
    };
  },
};
