import type { ZoneView } from "../../../contracts/zones/zone.ts";
import type { Db } from "../../db/client.ts";
import { listZonesWithCounts } from "./zones.repository.ts";

export function createZonesService({ db }: { db: Db }) {
  return {
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
