import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform } from "fastify-type-provider-zod";
import { z } from "zod";

const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  }),
});

/** Documented on every operation so clients know the error shape of contract §4. */
export const errorResponses = { 400: errorBody, 404: errorBody, 429: errorBody, 500: errorBody };

/** OpenAPI 3.1 from the same Zod schemas that validate each route; served at /api/v1/openapi.json. */
export async function registerOpenApi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Daegu Global Gateway API",
        description: "대구 글로벌 게이트웨이 API — the public and partner API of Daegu Global Gateway.",
        version: "1.0.0",
      },
      servers: [{ url: "/" }],
      components: {
        securitySchemes: {
          bearerAuth: {
            type: "http",
            scheme: "bearer",
            description: "An API token: `npm run gateway -- token create`.",
          },
          sessionCookie: {
            type: "apiKey",
            in: "cookie",
            name: "dgg.session_token",
            description: "A signed-in browser.",
          },
        },
      },
    },
    transform: jsonSchemaTransform,
    hideUntagged: true,
  });
  app.get("/api/v1/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  await app.register(swaggerUi, {
    routePrefix: "/api/docs",
    staticCSP: true,
    // Same rule as our own CSP: a site on plain HTTP (a LAN address) must not upgrade its own assets.
    transformStaticCSP: (header) => header.replace(/\s*upgrade-insecure-requests;?/, ""),
  });
}
