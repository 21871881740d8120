import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { listQuery, listResponse } from "../../../contracts/common/list.ts";
import { IMPORT_MAX_BYTES, importSummary, importView } from "../../../contracts/interchange/import.ts";
import { callerOf } from "../../platform/http/authenticate.ts";
import { errorResponses } from "../../platform/http/openapi.ts";
import { negotiateLocale } from "../../platform/i18n.ts";
import { canImport } from "./interchange.policy.ts";
import type { InterchangeService } from "./interchange.service.ts";

/** JSON Lines under any of its usual names; Fastify already reads `text/plain` as a string. */
const jsonLinesTypes = ["application/x-ndjson", "application/jsonl"];

export function interchangeRoutes(interchange: InterchangeService): FastifyPluginAsyncZod {
  return async (app) => {
    // Scoped to this plugin: the rest of the API keeps its JSON-only body parsing.
    app.addContentTypeParser(jsonLinesTypes, { parseAs: "string" }, (_request, body, done) =>
      done(null, body),
    );

    app.post(
      "/imports",
      {
        config: { allow: canImport },
        bodyLimit: IMPORT_MAX_BYTES,
        schema: {
          tags: ["imports"],
          summary:
            "Upload an interchange file (contract §5); it is validated, then written, in the background",
          description:
            "The raw file as the body (`application/x-ndjson`, `application/jsonl` or `text/plain`, UTF-8, at most 200 MB). Answers `202` at once; follow `GET /api/v1/imports/{id}` until `status` is `done` (counts), `invalid` (every bad line in `problems`; nothing was written) or `failed`. Upserts by `externalId`, all or nothing.",
          consumes: [...jsonLinesTypes, "text/plain"],
          querystring: z.object({ fileName: z.string().trim().min(1).max(255).default("import.jsonl") }),
          body: z.string().min(1),
          response: { 202: importView, ...errorResponses },
        },
      },
      async (request, reply) => {
        const view = await interchange.startImport(callerOf(request), {
          fileName: request.query.fileName,
          text: request.body,
          locale: negotiateLocale(request.headers),
        });
        return reply.status(202).send(view);
      },
    );

    app.get(
      "/imports/:id",
      {
        config: { allow: canImport },
        schema: {
          tags: ["imports"],
          summary: "One import: status, progress, counts, or the problems of an invalid file",
          params: z.object({ id: z.string().max(100) }),
          response: { 200: importView, ...errorResponses },
        },
      },
      async (request) => interchange.getImport(callerOf(request), request.params.id),
    );

    app.get(
      "/imports",
      {
        config: { allow: canImport },
        schema: {
          tags: ["imports"],
          summary: "Recent imports, newest first (without their problems)",
          querystring: listQuery,
          response: { 200: listResponse(importSummary), ...errorResponses },
        },
      },
      async (request) => interchange.listImports(callerOf(request), request.query),
    );
  };
}
