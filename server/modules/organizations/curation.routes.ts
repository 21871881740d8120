import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { listQuery, listResponse } from "../../../contracts/common/list.ts";
import {
  duplicateGroup,
  mergeRequest,
  organizationEdit,
  revisionDecision,
  revisionView,
} from "../../../contracts/organizations/edit.ts";
import { organizationView } from "../../../contracts/organizations/organization.ts";
import type { Actor } from "../../platform/actor.ts";
import { callerOf } from "../../platform/http/authenticate.ts";
import { errorResponses } from "../../platform/http/openapi.ts";
import { canEditOrganization, canReviewOrganizations } from "./organizations.policy.ts";
import type { OrganizationsService } from "./organizations.service.ts";

const params = z.object({ id: z.string().max(100) });
const revisionParams = z.object({ revisionId: z.string().max(100) });
const city = { allow: canReviewOrganizations };
const members = { allow: (actor: Actor, p: unknown) => canEditOrganization(actor, (p as { id: string }).id) };

/** Editing, the review queue, verification and duplicates: the organizations module's write side. */
export function curationRoutes(organizations: OrganizationsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.patch(
      "/organizations/:id",
      {
        config: members,
        schema: {
          tags: ["organizations"],
          summary:
            "Edit an organization (its members and the city); public changes go live and enter the review queue",
          params,
          body: organizationEdit,
          response: {
            200: z.object({ organization: organizationView, revisionId: z.string().optional() }),
            ...errorResponses,
          },
        },
      },
      async (request) => organizations.update(callerOf(request), request.params.id, request.body),
    );

    app.post(
      "/organizations/:id/verify",
      {
        config: city,
        schema: {
          tags: ["organizations"],
          summary: "Mark the profile verified today (the city)",
          params,
          response: { 200: organizationView, ...errorResponses },
        },
      },
      async (request) => organizations.verify(callerOf(request), request.params.id),
    );

    app.get(
      "/organizations/revisions",
      {
        config: city,
        schema: {
          tags: ["organizations"],
          summary: "The review queue: members' edits of public fields (the city)",
          querystring: listQuery.extend({ status: z.enum(["pending", "approved", "reverted"]).optional() }),
          response: { 200: listResponse(revisionView), ...errorResponses },
        },
      },
      async (request) => {
        const { status, limit, offset } = request.query;
        return organizations.revisions(callerOf(request), status, { limit, offset });
      },
    );

    for (const decision of ["approve", "revert"] as const) {
      app.post(
        `/organizations/revisions/:revisionId/${decision}`,
        {
          config: city,
          schema: {
            tags: ["organizations"],
            summary:
              decision === "approve" ? "Approve an edit (the profile counts as verified)" : "Revert an edit",
            params: revisionParams,
            // Fastify hands an absent body over as null, which `.optional()` would refuse.
            body: revisionDecision.nullish(),
            response: {
              200: revisionView.extend({ kept: z.array(z.string()).optional() }),
              ...errorResponses,
            },
          },
        },
        async (request) =>
          organizations[decision](callerOf(request), request.params.revisionId, request.body?.note),
      );
    }

    app.get(
      "/organizations/duplicates",
      {
        config: city,
        schema: {
          tags: ["organizations"],
          summary:
            "Likely duplicates: same registration number, website domain or normalized name (the city)",
          querystring: z.object({ organization: z.uuid().optional() }),
          response: { 200: z.object({ items: z.array(duplicateGroup) }), ...errorResponses },
        },
      },
      async (request) => ({
        items: await organizations.duplicates(callerOf(request), {
          organizationId: request.query.organization,
        }),
      }),
    );

    app.post(
      "/organizations/:id/merge",
      {
        config: city,
        schema: {
          tags: ["organizations"],
          summary:
            "Merge a duplicate into this organization, relinking everything and keeping its record (the city)",
          params,
          body: mergeRequest,
          response: {
            200: organizationView.extend({ relinked: z.record(z.string(), z.number()) }),
            ...errorResponses,
          },
        },
      },
      async (request) =>
        organizations.merge(
          callerOf(request),
          request.params.id,
          request.body.duplicateIds ?? [request.body.duplicateId!],
        ),
    );
  };
}
