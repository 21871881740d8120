import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  bulkAction,
  bulkResult,
  messageCreate,
  ratingCreate,
  supportRequestPatch,
  supportRequestView,
  transitionCreate,
} from "../../../contracts/support-requests/support-request.ts";
import { callerOf } from "../../platform/http/authenticate.ts";
import { errorResponses } from "../../platform/http/openapi.ts";
import { negotiateLocale } from "../../platform/i18n.ts";
import { canWorkQueue } from "./bulk.ts";
import { canUseSupportDesk } from "./support-requests.policy.ts";
import type { SupportRequestsService } from "./support-requests.service.ts";
import { formToBody, registerUploads } from "./uploads.http.ts";

// Before the body is read: the city, or someone who acts for an organization; the service decides per case.
const allow = canUseSupportDesk;
const tags = ["support-requests"];
const params = z.object({ id: z.string().max(100) });
const staffList = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) });
const uploadErrors = { 413: errorResponses[400], 415: errorResponses[400] };

/** In a form, `mentions` may come as one field of user ids separated by commas or spaces. */
async function mentionsAsList(request: FastifyRequest): Promise<void> {
  const body = request.body as Record<string, unknown> | undefined;
  if (request.isMultipart() && body && typeof body.mentions === "string") {
    body.mentions = body.mentions.split(/[\s,]+/).filter(Boolean);
  }
}

/** The workflow and the thread of a request: moves, replies and notes, priority and assignee, ratings. */
export function workflowRoutes(supportRequests: SupportRequestsService): FastifyPluginAsyncZod {
  return async (app) => {
    await registerUploads(app);

    app.post(
      "/support-requests/:id/transitions",
      {
        config: { allow },
        schema: {
          tags,
          summary:
            "Move the request in the workflow (new → triaged → in-progress ⇄ waiting-on-company → resolved → closed); a message is required to ask the company for an answer",
          description:
            "`actions` of the request lists the moves the caller may make now (`transition:<status>`). A move the caller's side may never make is 403; one not possible from the current status is 409 INVALID_TRANSITION naming it.",
          params,
          body: transitionCreate,
          response: { 200: supportRequestView, ...errorResponses },
        },
      },
      async (request) =>
        supportRequests.transition(callerOf(request), request.params.id, request.body, {
          locale: negotiateLocale(request.headers),
        }),
    );

    app.post(
      "/support-requests/:id/messages",
      {
        config: { allow },
        preValidation: [formToBody, mentionsAsList],
        schema: {
          tags,
          summary:
            "Post a public reply (either side) or an internal note (the office's side only; mentions of the office's staff), with files",
          description:
            "Send JSON, or `multipart/form-data` with the same fields (`mentions`: user ids separated by commas) and files under `attachments` (at most 5, 10 MB each, recognized by their content). A company's reply while the office waits on it moves the request back to in-progress.",
          consumes: ["application/json", "multipart/form-data"],
          params,
          body: messageCreate,
          response: { 201: supportRequestView, ...uploadErrors, ...errorResponses },
        },
      },
      async (request, reply) => {
        const view = await supportRequests.postMessage(
          callerOf(request),
          request.params.id,
          request.body,
          request.uploads ?? [],
          {
            locale: negotiateLocale(request.headers),
          },
        );
        return reply.status(201).send(view);
      },
    );

    app.patch(
      "/support-requests/:id",
      {
        config: { allow },
        schema: {
          tags,
          summary:
            "The office changes the priority (the SLA due times follow) or the assignee (a staff member of the office, or null)",
          params,
          body: supportRequestPatch,
          response: { 200: supportRequestView, ...errorResponses },
        },
      },
      async (request) =>
        supportRequests.update(callerOf(request), request.params.id, request.body, {
          locale: negotiateLocale(request.headers),
        }),
    );

    app.post(
      "/support-requests/bulk",
      {
        // The service's own check: only the office side works the queue.
        config: { allow: canWorkQueue },
        schema: {
          tags,
          summary:
            "The office queue's bulk actions: assignee, priority or status of up to 100 requests, each checked and recorded on its own",
          description:
            "Requests that cannot be changed are left as they are and listed in `skipped` with the error code and a message in the caller's language.",
          body: bulkAction,
          response: { 200: bulkResult, ...errorResponses },
        },
      },
      async (request) =>
        supportRequests.bulk(callerOf(request), request.body, { locale: negotiateLocale(request.headers) }),
    );

    app.put(
      "/support-requests/:id/rating",
      {
        config: { allow },
        schema: {
          tags,
          summary:
            "The company rates the support (1–5) once the request is resolved; it may change the rating until the request is closed",
          params,
          body: ratingCreate,
          response: { 200: supportRequestView, ...errorResponses },
        },
      },
      async (request) =>
        supportRequests.rate(callerOf(request), request.params.id, request.body, {
          locale: negotiateLocale(request.headers),
        }),
    );

    app.get(
      "/support-requests/:id/staff",
      {
        config: { allow },
        schema: {
          tags,
          summary: "The office's staff who can be assigned or mentioned on the request (the office's side)",
          params,
          response: { 200: staffList, ...errorResponses },
        },
      },
      async (request) => ({ items: await supportRequests.staffFor(callerOf(request), request.params.id) }),
    );
  };
}
