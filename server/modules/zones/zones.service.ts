import { asc, count, eq, isNotNull, sql } from "drizzle-orm";
import type { ZoneView } from "../../../contracts/zones/zone.ts";
import type { Db } from "../../db/client.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { zones } from "./zones.table.ts";

export function createZonesService({ db }: { db: Db }) {
  return {
    async list(): Promise<ZoneView[]> {
      // Counting in a subquery over the zone_id index avoids joining every organization row.
      const counts = db
        .select({ zoneId: organizations.zoneId, n: count().as("n") })
        .from(organizations)
        .where(isNotNull(organizations.zoneId))
        .groupBy(organizations.zoneId)
        .as("counts");
      const rows = await db
        .select({ zone: zones, organizationCount: sql<number>`coalesce(${counts.n}, 0)::int` })
        .from(zones)
        .leftJoin(counts, eq(counts.zoneId, zones.id))
        // uuidv7 ids follow insertion order, so zones list as their source listed them.
        .orderBy(asc(zones.id));
      return rows.map(({ zone, organizationCount }) => ({
        id: zone.id,
        code: zone.code,
        name: zone.name,
        designation: zone.designation,
        organizationCount,
      }));
    },
  };
}
export type ZonesService = ReturnType<typeof createZonesService>;
