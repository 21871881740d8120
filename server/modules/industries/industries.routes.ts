import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { listResponse } from "../../../contracts/common/list.ts";
import { industryView } from "../../../contracts/industries/industry.ts";
import { errorResponses } from "../../platform/http/openapi.ts";
import type { IndustriesService } from "./industries.service.ts";

export function industriesRoutes(industries: IndustriesService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/industries",
      {
        config: { public: true },
        schema: {
          tags: ["industries"],
          summary: "The industry taxonomy (contract §6) with sub-sectors and organization counts",
          response: { 200: listResponse(industryView), ...errorResponses },
        },
      },
      async () => {
        const items = await industries.list();
        return { items, total: items.length };
      },
    );
  };
}
