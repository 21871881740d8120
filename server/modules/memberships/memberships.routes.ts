import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { listResponse } from "../../../contracts/common/list.ts";
import { callerOf } from "../../platform/http/authenticate.ts";
import { errorResponses } from "../../platform/http/openapi.ts";
import { canClaim, canManageMembers } from "./memberships.policy.ts";
import type { MembershipsService } from "./memberships.service.ts";

const memberView = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(["owner", "member"]),
  since: z.iso.datetime(),
});

const invitationView = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(["owner", "member"]),
  invitedBy: z.string(),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export function membershipsRoutes(memberships: MembershipsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/organizations/:id/members",
      {
        schema: {
          tags: ["organizations"],
          summary: "The people who represent an organization (its members and the city)",
          params: z.object({ id: z.string().max(100) }),
          response: { 200: listResponse(memberView), ...errorResponses },
        },
      },
      async (request) => {
        const rows = await memberships.members(callerOf(request), request.params.id);
        const items = rows.map((row) => ({ ...row, since: row.since.toISOString() }));
        return { items, total: items.length };
      },
    );

    app.get(
      "/organizations/:id/invitations",
      {
        schema: {
          tags: ["organizations"],
          summary: "Invitations to join the organization (its owners and the city)",
          params: z.object({ id: z.string().max(100) }),
          response: { 200: listResponse(invitationView), ...errorResponses },
        },
      },
      async (request) => {
        const items = await memberships.invitations(callerOf(request), request.params.id);
        return { items, total: items.length };
      },
    );

    app.post(
      "/organizations/:id/invitations",
      {
        config: { allow: (actor, params) => canManageMembers(actor, params.id ?? "") },
        schema: {
          tags: ["organizations"],
          summary: "Invite someone by e-mail to represent the organization",
          params: z.object({ id: z.string().max(100) }),
          body: z
            .object({
              email: z.email().max(254),
              role: z.enum(["owner", "member"]).default("member"),
              locale: z.enum(["ko", "en"]).default("ko"),
            })
            .strict(),
          response: { 201: invitationView, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await memberships.invite(callerOf(request), request.params.id, request.body)),
    );

    app.delete(
      "/organizations/:id/members/:userId",
      {
        schema: {
          tags: ["organizations"],
          summary: "Remove a member (never the last owner)",
          params: z.object({ id: z.string().max(100), userId: z.string().max(100) }),
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await memberships.removeMember(callerOf(request), request.params.id, request.params.userId);
        return reply.status(204).send(null);
      },
    );

    app.post(
      "/organizations/:id/claims",
      {
        config: { allow: canClaim },
        schema: {
          tags: ["organizations"],
          summary:
            "Ask to represent this organization (granted at once when your e-mail domain is its website's)",
          params: z.object({ id: z.string().max(100) }),
          response: {
            201: z.object({ id: z.string(), status: z.enum(["pending", "approved", "rejected"]) }),
            ...errorResponses,
          },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await memberships.claim(callerOf(request), request.params.id)),
    );
  };
}
