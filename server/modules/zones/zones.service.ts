import { asc, count, eq } from "drizzle-orm";
import type { ZoneView } from "../../../contracts/zones/zone.ts";
import type { Db } from "../../db/client.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { zones } from "./zones.table.ts";

export function createZonesService({ db }: { db: Db }) {
  return {
    async list(): Promise<ZoneView[]> {
      const rows = await db
        .select({ zone: zones, organizationCount: count(organizations.id) })
        .from(zones)
        .leftJoin(organizations, eq(organizations.zoneId, zones.id))
        .groupBy(zones.id)
        .orderBy(asc(zones.createdAt), asc(zones.code));
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
