import { asc } from "drizzle-orm";
import type { ZoneView } from "../../../contracts/zones/zone.ts";
import type { Db } from "../../db/client.ts";
import { listZonesWithCounts } from "./zones.repository.ts";
import { zones } from "./zones.table.ts";

export function createZonesService({ db }: { db: Db }) {
  return {
    /** Every zone without counting its organizations: for labels and pickers (four rows, no scan). */
    async all(): Promise<Omit<ZoneView, "organizationCount">[]> {
      const rows = await db.select().from(zones).orderBy(asc(zones.id));
      return rows.map(({ id, code, name, designation }) => ({ id, code, name, designation }));
    },

    /** Every zone with how many organizations are based in it. */
    async list(): Promise<ZoneView[]> {
      const rows = await listZonesWithCounts(db);
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
