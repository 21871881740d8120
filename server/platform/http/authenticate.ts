import type { FastifyRequest } from "fastify";
import type { Actor, Caller } from "../actor.ts";
import { AppError } from "../errors.ts";
import { isCrossSite } from "./cross-site.ts";

/**
 * The hook that resolves `Authorization: Bearer TOKEN`, or else the session cookie, into request.actor.
 * Attached where an actor matters (the API scope, the page handler) — not to static files, which a browser
 * fetches by the dozen with the cookie attached. A token that is sent but unknown, revoked or expired is
 * refused outright, not treated as anonymous.
 */
export function authenticationHook(
  authenticate: (token: string) => Promise<Actor | undefined>,
  fromSession: (headers: Headers) => Promise<Actor | undefined>,
  /** The site's own host(s) besides the request's Host header, e.g. PUBLIC_URL's behind a proxy. */
  ownHosts: string[] = [],
) {
  return async (request: FastifyRequest): Promise<void> => {
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
  };
}

/** The caller of a route as services and the audit log want it. */
export function callerOf(request: FastifyRequest): Caller | undefined {
  if (!request.actor) return undefined;
  return { actor: request.actor, ip: request.ip, userAgent: request.headers["user-agent"] };
}
