import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { listResponse } from "../../../contracts/common/list.ts";
import { callerOf } from "../../platform/http/authenticate.ts";
import { errorResponses } from "../../platform/http/openapi.ts";
import { canClaim } from "./memberships.policy.ts";
import type { MembershipsService } from "./memberships.service.ts";

const memberView = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(["owner", "member"]),
  since: z.iso.datetime(),
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
