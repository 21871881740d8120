import { Readable } from "node:stream";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { listResponse } from "../../../contracts/common/list.ts";
import {
  attachmentView,
  supportRequestCreate,
  supportRequestListQuery,
  supportRequestSummary,
  supportRequestView,
} from "../../../contracts/support-requests/support-request.ts";
import { callerOf } from "../../platform/http/authenticate.ts";
import { errorResponses } from "../../platform/http/openapi.ts";
import { negotiateLocale } from "../../platform/i18n.ts";
import { canUseSupportDesk } from "./support-requests.policy.ts";
import type { SupportRequestsService } from "./support-requests.service.ts";
import { formToBody, registerUploads, requireMultipart } from "./uploads.http.ts";

// Before the body is read: the city, or someone who acts for an organization; the service decides per case.
const allow = canUseSupportDesk;
const tags = ["support-requests"];
const params = z.object({ id: z.string().max(100) });
const fileParams = params.extend({ attachmentId: z.string().max(100) });
/** A download: the file's bytes, streamed as stored. */
const fileBody = z
  .custom<Readable>((value) => value instanceof Readable)
  .meta({ type: "string", format: "binary", description: "The file itself." });
const uploadErrors = { 413: errorResponses[400], 415: errorResponses[400] };
const files =
  "Files go under `attachments` (at most 5, 10 MB each): PDF, PNG, JPEG, WebP, docx, xlsx, pptx, hwp, hwpx, UTF-8 txt or csv, recognized by their content (never by name or declared type). Too large: 413 naming the file; another kind: 415.";

/** `attachment; filename="…"` with an ASCII fallback and the real name in UTF-8 (RFC 6266, RFC 5987). */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** Intake, the queue and one case with its files. */
export function supportRequestsRoutes(supportRequests: SupportRequestsService): FastifyPluginAsyncZod {
  return async (app) => {
    await registerUploads(app);

    app.post(
      "/support-requests",
      {
        config: { allow },
        preValidation: formToBody,
        schema: {
          tags,
          summary:
            "Ask an overseas office for support (company members; the city for any company with companyId), with files",
          description: `Send JSON, or \`multipart/form-data\` with the same fields and files. The request goes to the office serving \`targetMarket\` and to a staff member by skill and load. ${files}`,
          consumes: ["application/json", "multipart/form-data"],
          body: supportRequestCreate,
          response: { 201: supportRequestView, ...uploadErrors, ...errorResponses },
        },
      },
      async (request, reply) => {
        const created = await supportRequests.create(callerOf(request), request.body, request.uploads ?? [], {
          locale: negotiateLocale(request.headers),
        });
        return reply.status(201).send(created);
      },
    );

    app.get(
      "/support-requests",
      {
        config: { allow },
        schema: {
          tags,
          summary:
            "My requests (scope=mine, the acting company's) or the office queue (scope=office: the caller's offices, or office=<id>; the city sees all)",
          description:
            "Filters: status (or `open`), priority, service, market, assignee (`me`, `none` or a user id), sla (`breached`, `at-risk`: due within the office's warning window, counted in wall minutes), q (`#1042` or `1042`: that request; else words of the subject). Sorts: due (earliest running due time first), created, updated (last activity), priority (urgent first, then due).",
          querystring: supportRequestListQuery,
          response: { 200: listResponse(supportRequestSummary), ...errorResponses },
        },
      },
      async (request) => supportRequests.list(callerOf(request), request.query),
    );

    app.get(
      "/support-requests/:id",
      {
        config: { allow },
        schema: {
          tags,
          summary:
            "One request with its thread, history and the caller's actions (a company never sees internal notes)",
          params,
          response: { 200: supportRequestView, ...errorResponses },
        },
      },
      async (request) => supportRequests.get(callerOf(request), request.params.id),
    );

    app.post(
      "/support-requests/:id/attachments",
      {
        config: { allow },
        preValidation: [async (request) => requireMultipart(request), formToBody],
        schema: {
          tags,
          summary: "Add files to a request (either side, while it is not closed)",
          description: `\`multipart/form-data\`. ${files}`,
          consumes: ["multipart/form-data"],
          params,
          response: { 201: z.object({ items: z.array(attachmentView) }), ...uploadErrors, ...errorResponses },
        },
      },
      async (request, reply) => {
        const items = await supportRequests.attach(
          callerOf(request),
          request.params.id,
          request.uploads ?? [],
        );
        return reply.status(201).send({ items });
      },
    );

    app.get(
      "/support-requests/:id/attachments/:attachmentId",
      {
        config: { allow },
        schema: {
          tags,
          summary: "Download a file of a request (an internal note's files: the office's side only)",
          description:
            "The file itself with its content type, as an attachment (never shown inline), not cached.",
          params: fileParams,
          response: { 200: fileBody, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { file, name, contentType } = await supportRequests.openAttachment(
          callerOf(request),
          request.params.id,
          request.params.attachmentId,
        );
        reply
          .type(contentType)
          .header("content-disposition", contentDisposition(name))
          .header("x-content-type-options", "nosniff")
          .header("cache-control", "private, no-store")
          .header("content-security-policy", "default-src 'none'; sandbox");
        if (file.size !== undefined) reply.header("content-length", file.size);
        return reply.send(file.body);
      },
    );
  };
}
