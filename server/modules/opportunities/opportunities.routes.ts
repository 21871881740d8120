import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { listQuery, listResponse } from "../../../contracts/common/list.ts";
import { opportunityView } from "../../../contracts/opportunities/opportunity.ts";
import { errorResponses } from "../../platform/http/openapi.ts";
import type { OpportunitiesService } from "./opportunities.service.ts";

export function opportunitiesRoutes(opportunities: OpportunitiesService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/opportunities",
      {
        config: { public: true },
        schema: {
          tags: ["opportunities"],
          summary: "Opportunities posted by partners and offices",
          querystring: listQuery.extend({
            owner: z.string().max(200).optional(),
            externalId: z.string().max(200).optional(),
            q: z.string().trim().max(200).optional(),
          }),
          response: { 200: listResponse(opportunityView), ...errorResponses },
        },
      },
      async (request) => {
        const { limit, offset, ...filter } = request.query;
        return opportunities.list(filter, { limit, offset });
      },
    );

    app.get(
      "/opportunities/:id",
      {
        config: { public: true },
        schema: {
          tags: ["opportunities"],
          summary: "One opportunity",
          params: z.object({ id: z.string().max(100) }),
          response: { 200: opportunityView, ...errorResponses },
        },
      },
      async (request) => opportunities.get(request.params.id),
    );
  };
}
