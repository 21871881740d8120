import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { listQuery, listResponse } from "../../../contracts/common/list.ts";
import { callerOf } from "../../platform/http/authenticate.ts";
import { errorResponses } from "../../platform/http/openapi.ts";
import { canReadAudit } from "./audit.policy.ts";
import type { AuditService } from "./audit.service.ts";

const auditEventView = z.object({
  id: z.string(),
  at: z.string(),
  actorKind: z.string(),
  actorId: z.string(),
  actorLabel: z.string(),
  organizationId: z.string().nullable(),
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});

export function auditRoutes(audit: AuditService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/audit-events",
      {
        config: { allow: canReadAudit },
        schema: {
          tags: ["audit-events"],
          summary: "The append-only audit log, newest first (city admins)",
          querystring: listQuery.extend({
            actorId: z.string().max(100).optional(),
            action: z.string().max(100).optional(),
            resourceType: z.string().max(100).optional(),
            resourceId: z.string().max(200).optional(),
            from: z.coerce.date().optional(),
            to: z.coerce.date().optional(),
          }),
          response: { 200: listResponse(auditEventView), ...errorResponses },
        },
      },
      async (request) => {
        const { limit, offset, ...filter } = request.query;
        return audit.list(callerOf(request), filter, { limit, offset });
      },
    );
  };
}
