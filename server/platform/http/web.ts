import { fastifyReactRouter } from "@mcansh/react-router-fastify";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { RouterContextProvider } from "react-router";
import { appContext } from "#app-context";
import type { Services } from "../../services.ts";
import { negotiateLocale } from "../i18n.ts";
import { isCrossSite } from "./cross-site.ts";

export type WebOptions = {
  /** Directory holding build/server/index.js and build/client (the output of `react-router build`). */
  buildDirectory: string;
};

/** What registerWeb needs besides the build: how to find out who is asking. */
type WebDeps = WebOptions & { authenticate: (request: FastifyRequest) => Promise<void> };

/**
 * Serves the server-rendered pages. Registered in its own scope because the adapter replaces the
 * body parsers: the JSON API keeps Fastify's own.
 */
export async function registerWeb(
  app: FastifyInstance,
  services: Services,
  web: WebDeps,
  publicUrl?: string,
) {
  await app.register(async (scope) => {
    // Page actions run on cookie sessions: a form posted from another site is refused (CSRF), on top of SameSite=Lax.
    scope.addHook("onRequest", async (request, reply) => {
      if (request.method === "GET" || request.method === "HEAD") return;
      if (isCrossSite(request.headers, [request.host, ...(publicUrl ? [new URL(publicUrl).host] : [])])) {
        return reply.code(403).send("Cross-site form posts are not allowed.");
      }
    });
    await scope.register(fastifyReactRouter, {
      serverBuildPath: `${web.buildDirectory}/server/index.js`,
      clientBuildDirectory: `${web.buildDirectory}/client`,
      mode: "production",
      // Pages need the actor; the static files served beside them do not.
      routeOptions: { config: { public: true }, onRequest: web.authenticate },
      getLoadContext(request, reply) {
        const context = new RouterContextProvider();
        context.set(appContext, {
          services,
          preferredLocale: negotiateLocale(request.headers),
          cspNonce: (reply as unknown as { cspNonce: { script: string; style: string } }).cspNonce,
          requestId: String(request.id),
          actor: request.actor,
          clientIp: request.ip,
          publicUrl: publicUrl ?? `${request.protocol}://${request.host}`,
        });
        return context;
      },
    });
  });
}
