import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { countryCode } from "../../../contracts/common/codes.ts";
import { listQuery, listResponse } from "../../../contracts/common/list.ts";
import {
  opportunityChange,
  opportunityHit,
  opportunityInput,
  opportunityKinds,
  opportunityStatusFilters,
  opportunityView,
} from "../../../contracts/opportunities/opportunity.ts";
import { callerOf } from "../../platform/http/authenticate.ts";
import { errorResponses } from "../../platform/http/openapi.ts";
import { negotiateLocale } from "../../platform/i18n.ts";
import { mayManageSome, mayPost } from "./opportunities.policy.ts";
import type { OpportunitiesService } from "./opportunities.service.ts";

export const opportunityFilterQuery = z.object({
  owner: z.string().max(200).optional().describe("the owner organization's externalId"),
  externalId: z.string().max(200).optional(),
  q: z.string().trim().max(200).optional(),
  kind: z.enum(opportunityKinds).optional(),
  industry: z
    .string()
    .max(100)
    .optional()
    .describe("an industry code; a parent code also finds its sub-sectors"),
  market: countryCode.optional(),
  status: z
    .enum(opportunityStatusFilters)
    .default("all")
    .describe(
      "`all` by default; `open`: open with the deadline (a day in Korea) not passed; `closed`: closed or past the deadline",
    ),
  sort: z.enum(["newest", "deadline"]).default("newest"),
});
const params = z.object({ id: z.string().max(100) });

export function opportunitiesRoutes(opportunities: OpportunitiesService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/opportunities",
      {
        config: { public: true },
        schema: {
          tags: ["opportunities"],
          summary: "Opportunities posted by partners and offices",
          description:
            "Korean and English in one box: with `q`, items are ordered by relevance and carry a highlighted `snippet`; a query in one language finds opportunities written only in the other.",
          querystring: listQuery.extend(opportunityFilterQuery.shape),
          response: { 200: listResponse(opportunityHit), ...errorResponses },
        },
      },
      async (request) => {
        const { limit, offset, sort, ...filter } = request.query;
        return opportunities.list(filter, { limit, offset }, sort, {
          locale: negotiateLocale(request.headers),
        });
      },
    );

    app.get(
      "/opportunities/:id",
      {
        config: { public: true },
        schema: {
          tags: ["opportunities"],
          summary: "One opportunity",
          params,
          response: { 200: opportunityView, ...errorResponses },
        },
      },
      async (request) => opportunities.get(request.params.id),
    );

    app.post(
      "/opportunities",
      {
        config: { allow: mayPost },
        schema: {
          tags: ["opportunities"],
          summary: "Post an opportunity (members of partners and overseas offices, and the city)",
          description:
            "`ownerId` defaults to the organization the caller acts for; `externalId` to a generated `opp-…`.",
          body: opportunityInput,
          response: { 201: opportunityView, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await opportunities.create(callerOf(request), request.body)),
    );

    app.patch(
      "/opportunities/:id",
      {
        config: { allow: mayManageSome },
        schema: {
          tags: ["opportunities"],
          summary: "Change an opportunity; `status` closes or reopens it (the owner's members and the city)",
          params,
          body: opportunityChange,
          response: { 200: opportunityView, ...errorResponses },
        },
      },
      async (request) => opportunities.update(callerOf(request), request.params.id, request.body),
    );

    app.delete(
      "/opportunities/:id",
      {
        config: { allow: mayManageSome },
        schema: {
          tags: ["opportunities"],
          summary: "Delete an opportunity (the owner's members and the city)",
          params,
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await opportunities.remove(callerOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
