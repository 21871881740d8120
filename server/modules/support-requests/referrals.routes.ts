import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  referralCreate,
  referralReport,
  supportRequestView,
} from "../../../contracts/support-requests/support-request.ts";
import { callerOf } from "../../platform/http/authenticate.ts";
import { errorResponses } from "../../platform/http/openapi.ts";
import { negotiateLocale } from "../../platform/i18n.ts";
import { canUseSupportDesk } from "./support-requests.policy.ts";
import type { SupportRequestsService } from "./support-requests.service.ts";

// Before the body is read: the city, or someone who acts for an organization; the service decides per case.
const allow = canUseSupportDesk;
const tags = ["support-requests"];

/**
 * Referrals of a request to outside partners. The partner's report-back link is a page
 * (`/referrals/{token}`), not an API operation: it needs no account.
 */
export function referralsRoutes(supportRequests: SupportRequestsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/support-requests/:id/referrals",
      {
        config: { allow },
        schema: {
          tags,
          summary:
            "The office refers the request to an outside partner (KOTRA, a chamber of commerce); with contactEmail the partner gets a report-back link",
          params: z.object({ id: z.string().max(100) }),
          body: referralCreate,
          response: { 201: supportRequestView, ...errorResponses },
        },
      },
      async (request, reply) => {
        const view = await supportRequests.refer(callerOf(request), request.params.id, request.body, {
          locale: negotiateLocale(request.headers),
        });
        return reply.status(201).send(view);
      },
    );

    app.patch(
      "/support-requests/:id/referrals/:referralId",
      {
        config: { allow },
        schema: {
          tags,
          summary:
            "The office records where a referral stands: sent → accepted | declined | completed, accepted → declined | completed",
          params: z.object({ id: z.string().max(100), referralId: z.string().max(100) }),
          body: referralReport,
          response: { 200: supportRequestView, ...errorResponses },
        },
      },
      async (request) =>
        supportRequests.reportReferral(
          callerOf(request),
          request.params.id,
          request.params.referralId,
          request.body,
          { locale: negotiateLocale(request.headers) },
        ),
    );
  };
}
