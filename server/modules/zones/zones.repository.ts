import { asc, count, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { zones } from "./zones.table.ts";

/** Zones with how many organizations are based in each, in the order they were added (uuidv7 ids). */
export async function listZonesWithCounts(db: Db) {
  // Counting in a subquery over the zone_id index avoids joining every organization row.
  const counts = db
    .select({ zoneId: organizations.zoneId, n: count().as("n") })
    .from(organizations)
    .where(isNotNull(organizations.zoneId))
    .groupBy(organizations.zoneId)
    .as("counts");
  return db
    .select({ zone: zones, organizationCount: sql<number>`coalesce(${counts.n}, 0)::int` })
    .from(zones)
    .leftJoin(counts, eq(counts.zoneId, zones.id))
    .orderBy(asc(zones.id));
}
