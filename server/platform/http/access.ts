import type { FastifyInstance } from "fastify";
import type { Actor } from "../actor.ts";
import { AppError } from "../errors.ts";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Marks a route as readable without signing in. Every other route of the API is private. */
    public?: boolean;
    /**
     * The route's policy, checked before the body is read (path parameters are known by then, so
     * per-organization policies work too); the service checks again on every call.
     */
    allow?: (actor: Actor, params: Record<string, string>) => boolean;
  }
  interface FastifyRequest {
    /** The signed-in user or API token behind the request, resolved before any route runs. */
    actor: Actor | undefined;
  }
}

/** Deny by default: inside the scope this is registered in, a route must opt in to being public. */
export function denyByDefault(scope: FastifyInstance) {
  // The OpenAPI document says the same as this hook: every route that is not public needs a token or a session.
  scope.addHook("onRoute", (route) => {
    if (route.config?.public || !route.schema) return;
    route.schema = { ...route.schema, security: [{ bearerAuth: [] }, { sessionCookie: [] }] };
  });
  scope.addHook("onRequest", async (request) => {
    const config = request.routeOptions.config;
    if (config?.public) return;
    if (!request.actor) throw new AppError("UNAUTHENTICATED");
    if (config?.allow && !config.allow(request.actor, request.params as Record<string, string>)) {
      throw new AppError("FORBIDDEN");
    }
  });
}
