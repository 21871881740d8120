import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { countryCode } from "../../../contracts/common/codes.ts";
import { listQuery, listResponse } from "../../../contracts/common/list.ts";
import {
  facetCounts,
  organizationHit,
  organizationKinds,
  organizationView,
  scopes,
  stages,
} from "../../../contracts/organizations/organization.ts";
import { errorResponses } from "../../platform/http/openapi.ts";
import { negotiateLocale } from "../../platform/i18n.ts";
import type { OrganizationsService } from "./organizations.service.ts";

export const organizationFilterQuery = z.object({
  q: z.string().trim().max(200).optional(),
  kind: z.enum(organizationKinds).optional(),
  scope: z.enum(scopes).optional(),
  industry: z.string().max(100).optional(),
  zone: z.string().max(100).optional(),
  externalId: z.string().max(200).optional(),
  stage: z.enum(stages).optional(),
  country: countryCode.optional(),
  market: countryCode.optional(),
});
export const organizationQuery = listQuery.extend(organizationFilterQuery.shape);

export function organizationsRoutes(organizations: OrganizationsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/organizations",
      {
        config: { public: true },
        schema: {
          tags: ["organizations"],
          summary: "Search the public directory of organizations",
          description:
            "Korean and English in one box: with `q`, items are ordered by relevance and carry a highlighted `snippet`; a query in one language finds records written only in the other.",
          querystring: organizationQuery,
          response: { 200: listResponse(organizationHit), ...errorResponses },
        },
      },
      async (request) => {
        const { limit, offset, ...filter } = request.query;
        return organizations.list(filter, { limit, offset }, { locale: negotiateLocale(request.headers) });
      },
    );

    app.get(
      "/organizations/facets",
      {
        config: { public: true },
        schema: {
          tags: ["organizations"],
          summary: "Facet counts of the directory under the same filters as the search",
          querystring: organizationFilterQuery,
          response: { 200: facetCounts, ...errorResponses },
        },
      },
      async (request) => organizations.facets(request.query),
    );

    app.get(
      "/organizations/:id",
      {
        config: { public: true },
        schema: {
          tags: ["organizations"],
          summary: "One organization (contact details for signed-in partners, offices and the city)",
          params: z.object({ id: z.string().max(100) }),
          response: { 200: organizationView, ...errorResponses },
        },
      },
      async (request) => organizations.get(request.params.id, request.actor),
    );
  };
}
