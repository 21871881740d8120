import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { officeDashboard } from "../../../contracts/offices/office.ts";
import { callerOf } from "../../platform/http/authenticate.ts";
import { errorResponses } from "../../platform/http/openapi.ts";
import { canUseSupportDesk } from "./support-requests.policy.ts";
import type { SupportRequestsService } from "./support-requests.service.ts";

const instant = z.iso.datetime({
  offset: true,
  message: "must be an ISO 8601 date and time such as 2026-03-02T00:00:00-08:00",
});
const dateOf = (value: string | undefined) => (value === undefined ? undefined : new Date(value));

const query = z
  .object({
    /** From (inclusive); default: Monday 00:00 (office time) eleven weeks before this week. */
    from: instant.optional(),
    /** To (exclusive); default: now. */
    to: instant.optional(),
  })
  .strict();

export function dashboardRoutes(supportRequests: SupportRequestsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/offices/:id/dashboard",
      {
        // Before anything is read: the city, or someone acting for an organization; the service decides the rest.
        config: { allow: canUseSupportDesk },
        schema: {
          tags: ["offices"],
          summary:
            "An office's dashboard for the city and the office's staff: open requests by status and priority, SLA compliance, median first response, breaches, at risk now, per week (Monday in the office's zone)",
          params: z.object({ id: z.string().max(100) }),
          querystring: query,
          response: { 200: officeDashboard, ...errorResponses },
        },
      },
      async (request) =>
        supportRequests.dashboard(callerOf(request), request.params.id, {
          from: dateOf(request.query.from),
          to: dateOf(request.query.to),
        }),
    );
  };
}
