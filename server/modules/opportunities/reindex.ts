import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { opportunityDerived } from "./opportunities.derived.ts";
import { opportunities } from "./opportunities.table.ts";

const BATCH = 1000;

/** Recomputes search lexemes and concepts: rows written before they existed (`missingOnly`), or all. */
export async function reindexOpportunities(db: Db, options: { missingOnly?: boolean } = {}): Promise<number> {
  let after = "00000000-0000-0000-0000-000000000000";
  let done = 0;
  for (;;) {
    const rows = await db
      .select({
        id: opportunities.id,
        title: opportunities.title,
        description: opportunities.description,
        tags: opportunities.tags,
        industries: opportunities.industries,
      })
      .from(opportunities)
      .where(
        and(
          gt(opportunities.id, after),
          options.missingOnly ? eq(opportunities.searchTokens, sql`''::tsvector`) : undefined,
        ),
      )
      .orderBy(asc(opportunities.id))
      .limit(BATCH);
    if (rows.length === 0) return done;
    await db.transaction(async (tx) => {
      for (const row of rows) {
        await tx.update(opportunities).set(opportunityDerived(row)).where(eq(opportunities.id, row.id));
      }
    });
    done += rows.length;
    after = rows[rows.length - 1]!.id;
  }
}
