import { sql } from "drizzle-orm";
import { industryTaxonomy } from "../../../contracts/industries/taxonomy.ts";
import type { Db } from "../../db/client.ts";
import { industries } from "./industries.table.ts";

/** Upserts the taxonomy shipped in contracts/ so reference data is always present (contract §2, DEMO_DATA=off too). */
export async function syncIndustryTaxonomy(db: Db): Promise<void> {
  await db
    .insert(industries)
    .values(
      industryTaxonomy.map((industry, index) => ({
        code: industry.code,
        parentCode: industry.parent ?? null,
        group: industry.group,
        name: industry.name,
        sortOrder: index,
      })),
    )
    .onConflictDoUpdate({
      target: industries.code,
      set: {
        parentCode: sql`excluded.parent_code`,
        group: sql`excluded.group`,
        name: sql`excluded.name`,
        sortOrder: sql`excluded.sort_order`,
      },
    });
}

/** Every industry with how many organizations carry its code. */
export async function listIndustriesWithCounts(db: Db) {
  const result = await db.execute<{
    code: string;
    parent: string | null;
    group: "new-industry" | "traditional" | "other";
    name: { ko: string; en: string };
    organization_count: number;
  }>(sql`
    select i.code, i.parent_code as parent, i."group", i.name,
           coalesce(c.n, 0)::int as organization_count
      from industries i
      left join (
        select unnest(industries) as code, count(*) as n from organizations group by 1
      ) c on c.code = i.code
     order by i.sort_order`);
  return result.rows.map((row) => ({
    code: row.code,
    parent: row.parent,
    group: row.group,
    name: row.name,
    organizationCount: row.organization_count,
  }));
}
