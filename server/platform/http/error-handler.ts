import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { type ErrorBody, type ErrorCode, errorMessages, type FieldError } from "../../../contracts/errors.ts";
import { AppError } from "../errors.ts";
import { issuePath, localizeIssue, localizeMessage, negotiateLocale } from "../i18n.ts";
import { RequestValidationError } from "./validation.ts";

/** The one place errors become responses: contract §4 shape, localized message, no internals on 5xx. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const locale = negotiateLocale(request.headers);
    if (error instanceof RequestValidationError) {
      const fields = error.issues.map((issue) => ({
        field: issuePath(issue),
        message: localizeIssue(issue, locale),
      }));
      return send(request, reply, 400, "VALIDATION_FAILED", fields);
    }
    if (error instanceof AppError) {
      const fields = error.fields?.map((f) => ({
        field: f.field,
        message: localizeMessage(f.message, locale),
      }));
      return send(request, reply, error.status, error.code, fields);
    }
    const status = error.statusCode ?? 500;
    if (status === 429) return send(request, reply, 429, "RATE_LIMITED");
    if (status === 413) return send(request, reply, 413, "PAYLOAD_TOO_LARGE");
    if (status >= 400 && status < 500) {
      return send(request, reply, status, "VALIDATION_FAILED", [
        { field: "(request)", message: error.message },
      ]);
    }
    request.log.error({ err: error }, "request failed");
    return send(request, reply, 500, "INTERNAL");
  });

  app.setNotFoundHandler((request, reply) => send(request, reply, 404, "ROUTE_NOT_FOUND"));
}

function send(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: ErrorCode,
  fields?: FieldError[],
) {
  const locale = negotiateLocale(request.headers);
  const summary = errorMessages[code][locale];
  const message = fields?.length
    ? `${summary} ${fields.map((f) => `${f.field}: ${f.message}`).join("; ")}`
    : summary;
  const body: ErrorBody = { error: { code, message, ...(fields?.length ? { fields } : {}) } };
  return reply.status(status).type("application/json; charset=utf-8").send(body);
}
