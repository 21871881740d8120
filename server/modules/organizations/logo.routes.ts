import type { FastifyError } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { organizationView } from "../../../contracts/organizations/organization.ts";
import type { Actor } from "../../platform/actor.ts";
import { callerOf } from "../../platform/http/authenticate.ts";
import { errorResponses } from "../../platform/http/openapi.ts";
import type { LogoService } from "./logo.service.ts";
import { LOGO_MAX_BYTES, logoError, logoMessages } from "./logo.ts";
import type { OrganizationsService } from "./organizations.service.ts";

const params = z.object({ id: z.string().max(100) });
const imageTypes = ["image/png", "image/jpeg", "image/webp", "image/gif", "image/avif", "image/tiff"];

/** The raw bytes of the upload; what they are is decided from the bytes themselves (logo.ts). */
const logoBody = z
  .custom<Buffer>((value) => Buffer.isBuffer(value) && value.length > 0, {
    error: logoMessages.required,
    path: ["logo"],
  })
  .meta({
    type: "string",
    format: "binary",
    description: "The image itself: JPEG, PNG, WebP, GIF, AVIF or TIFF, at most 5 MB.",
  });

/**
 * `PUT`/`DELETE /organizations/:id/logo`. The body is the image itself (not a form): this scope parses
 * only `image/*` and `application/octet-stream` bodies, as bytes, and refuses every other type early.
 */
export function logoRoutes(logos: LogoService, organizations: OrganizationsService): FastifyPluginAsyncZod {
  const allow = (actor: Actor, routeParams: Record<string, string>) =>
    organizations.canEdit(actor, routeParams.id ?? "");
  return async (app) => {
    app.removeAllContentTypeParsers();
    for (const type of [/^image\/[\w.+-]+$/i, "application/octet-stream"]) {
      app.addContentTypeParser(
        type,
        { parseAs: "buffer", bodyLimit: LOGO_MAX_BYTES },
        (_request, body, done) => done(null, body),
      );
    }
    app.addContentTypeParser("*", (_request, _payload, done) =>
      done(logoError("UNSUPPORTED_MEDIA_TYPE", logoMessages.notRaw)),
    );
    // Fastify's own 413 knows no field; name it, then let the app's handler render it as usual.
    app.setErrorHandler((error: FastifyError) => {
      if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE")
        throw logoError("PAYLOAD_TOO_LARGE", logoMessages.tooLarge);
      throw error;
    });

    app.put(
      "/organizations/:id/logo",
      {
        config: { allow },
        bodyLimit: LOGO_MAX_BYTES,
        schema: {
          tags: ["organizations"],
          summary: "Upload the organization's logo (members of the organization and the city)",
          description:
            "Send the image file itself as the body. It is checked by its content, turned upright, fitted inside 400×400 and stored as WebP; the answer is the organization with its new `logoUrl`.",
          consumes: [...imageTypes, "application/octet-stream"],
          params,
          body: logoBody,
          response: {
            200: organizationView,
            413: errorResponses[400],
            415: errorResponses[400],
            ...errorResponses,
          },
        },
      },
      async (request) => {
        await logos.setLogo(callerOf(request), request.params.id, request.body);
        return organizations.get(request.params.id, request.actor);
      },
    );

    app.delete(
      "/organizations/:id/logo",
      {
        config: { allow },
        schema: {
          tags: ["organizations"],
          summary: "Remove the organization's logo",
          params,
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await logos.removeLogo(callerOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
