import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Actor, Caller } from "../actor.ts";
import { AppError } from "../errors.ts";
import { isCrossSite } from "./cross-site.ts";

/**
 * Resolves `Authorization: Bearer TOKEN`, or else the session cookie, into request.actor before any route
 * runs. A token that is sent but unknown, revoked or expired is refused outright, not treated as anonymous.
 */
export function registerAuthentication(
  app: FastifyInstance,
  authenticate: (token: string) => Promise<Actor | undefined>,
  fromSession: (headers: Headers) => Promise<Actor | undefined>,
  /** The site's own host(s) besides the request's Host header, e.g. PUBLIC_URL's behind a proxy. */
  ownHosts: string[] = [],
) {
  app.addHook("onRequest", async (request) => {
    const header = request.headers.authorization;
    if (!header) {
      // A browser with a session cookie: Better Auth checks the signed cookie and the session row.
      if (request.headers.cookie?.includes("session_token")) {
        // Cookies ride along on requests other sites trigger: a cookie session never writes cross-site.
        const writes = request.method !== "GET" && request.method !== "HEAD";
        if (writes && isCrossSite(request.headers, [request.host, ...ownHosts])) {
          throw new AppError("FORBIDDEN", { detail: "cross-site request" });
        }
        request.actor = await fromSession(new Headers({ cookie: request.headers.cookie }));
      }
      return;
    }
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const actor = token ? await authenticate(token) : undefined;
    if (!actor) throw new AppError("UNAUTHENTICATED", { detail: "invalid or expired token" });
    if (actor.readOnly && request.method !== "GET" && request.method !== "HEAD") {
      throw new AppError("FORBIDDEN", { detail: "read-only token" });
    }
    request.actor = actor;
  });
}

/** The caller of a route as services and the audit log want it. */
export function callerOf(request: FastifyRequest): Caller | undefined {
  if (!request.actor) return undefined;
  return { actor: request.actor, ip: request.ip, userAgent: request.headers["user-agent"] };
}
