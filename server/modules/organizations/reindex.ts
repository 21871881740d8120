import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { directoryTransaction } from "./directory-version.ts";
import { derivedColumns } from "./organizations.derived.ts";
import { organizations } from "./organizations.table.ts";

const BATCH = 1000;

/**
 * Recomputes the search and duplicate columns: for rows written before they existed (`missingOnly`,
 * run at every start) or for all rows after the concept dictionary or tokenizer changed.
 */
export async function reindexOrganizations(
  db: Db,
  options: { missingOnly?: boolean; onProgress?: (done: number) => void } = {},
): Promise<number> {
  let after = "00000000-0000-0000-0000-000000000000";
  let done = 0;
  for (;;) {
    const rows = await db
      .select({
        id: organizations.id,
        name: organizations.name,
        summary: organizations.summary,
        description: organizations.description,
        seeking: organizations.seeking,
        offering: organizations.offering,
        tags: organizations.tags,
        industries: organizations.industries,
        website: organizations.website,
        city: organizations.city,
        kind: organizations.kind,
        country: organizations.country,
      })
      .from(organizations)
      .where(
        and(
          gt(organizations.id, after),
          options.missingOnly ? eq(organizations.searchTokens, sql`''::tsvector`) : undefined,
        ),
      )
      .orderBy(asc(organizations.id))
      .limit(BATCH);
    if (rows.length === 0) return done;
    await directoryTransaction(db, async (tx) => {
      for (const row of rows) {
        await tx.update(organizations).set(derivedColumns(row)).where(eq(organizations.id, row.id));
      }
    });
    done += rows.length;
    options.onProgress?.(done);
    after = rows[rows.length - 1]!.id;
  }
}
