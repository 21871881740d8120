import { type Readable, Transform } from "node:stream";
import { fastifyReactRouter } from "@mcansh/react-router-fastify";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { RouterContextProvider } from "react-router";
import { appContext } from "#app-context";
import { IMPORT_MAX_BYTES } from "../../../contracts/interchange/import.ts";
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENTS_PER_MESSAGE,
} from "../../../contracts/support-requests/vocabulary.ts";
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
      // The page adapter hands the raw body to the action, with no limit of its own.
      if (Number(request.headers["content-length"] ?? 0) > pageBodyLimit(request.url)) {
        return reply.code(413).send("413 · 보낸 내용이 너무 큽니다 · The request is too large.");
      }
    });
    // A body sent without a length is cut off at the same limit.
    scope.addHook("preParsing", async (request, _reply, payload) =>
      capped(payload, pageBodyLimit(request.url)),
    );
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

/** Form posts carry at most a logo (5 MB); the import upload page takes an interchange file. */
export function pageBodyLimit(url: string): number {
  const path = url.split("?")[0] ?? "";
  if (/^(\/en)?\/admin\/imports(\.data)?$/.test(path)) return IMPORT_MAX_BYTES + 1024 * 1024;
  // Support requests and replies carry attachments: five files of 10 MB, refused by the service by name.
  if (/^(\/en)?\/support\/[^/]+(\.data)?$/.test(path))
    return ATTACHMENTS_PER_MESSAGE * ATTACHMENT_MAX_BYTES + 1024 * 1024;
  return 6 * 1024 * 1024;
}

function capped(payload: Readable, limit: number): Readable {
  let seen = 0;
  return payload.pipe(
    new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        seen += chunk.length;
        callback(seen > limit ? new Error("request body over the page limit") : null, chunk);
      },
    }),
  );
}
