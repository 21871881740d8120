import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { listQuery, listResponse } from "../../../contracts/common/list.ts";
import {
  organizationKinds,
  organizationView,
  scopes,
} from "../../../contracts/organizations/organization.ts";
import { errorResponses } from "../../platform/http/openapi.ts";
import type { OrganizationsService } from "./organizations.service.ts";

export const organizationQuery = listQuery.extend({
  q: z.string().trim().max(200).optional(),
  kind: z.enum(organizationKinds).optional(),
  scope: z.enum(scopes).optional(),
  industry: z.string().max(100).optional(),
  zone: z.string().max(100).optional(),
  externalId: z.string().max(200).optional(),
});

export function organizationsRoutes(organizations: OrganizationsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/organizations",
      {
        config: { public: true },
        schema: {
          tags: ["organizations"],
          summary: "Search the public directory of organizations",
          querystring: organizationQuery,
          response: { 200: listResponse(organizationView), ...errorResponses },
        },
      },
      async (request) => {
        const { limit, offset, ...filter } = request.query;
        return organizations.list(filter, { limit, offset });
      },
    );

    app.get(
      "/organizations/:id",
      {
        config: { public: true },
        schema: {
          tags: ["organizations"],
          summary: "One organization",
          params: z.object({ id: z.string().max(100) }),
          response: { 200: organizationView, ...errorResponses },
        },
      },
      async (request) => organizations.get(request.params.id),
    );
  };
}
