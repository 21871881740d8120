import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { listResponse } from "../../../contracts/common/list.ts";
import { zoneView } from "../../../contracts/zones/zone.ts";
import { errorResponses } from "../../platform/http/openapi.ts";
import type { ZonesService } from "./zones.service.ts";

export function zonesRoutes(zones: ZonesService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/zones",
      {
        config: { public: true },
        schema: {
          tags: ["zones"],
          summary: "Innovation zones such as Suseong Alpha City",
          response: { 200: listResponse(zoneView), ...errorResponses },
        },
      },
      async () => {
        const items = await zones.list();
        return { items, total: items.length };
      },
    );
  };
}
