import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Actor, Caller } from "../actor.ts";
import { AppError } from "../errors.ts";

/**
 * Resolves `Authorization: Bearer TOKEN` into request.actor before any route runs. A token that is
 * sent but unknown, revoked or expired is refused outright rather than treated as anonymous.
 */
export function registerAuthentication(
  app: FastifyInstance,
  authenticate: (token: string) => Promise<Actor | undefined>,
) {
  app.addHook("onRequest", async (request) => {
    const header = request.headers.authorization;
    if (!header) return;
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const actor = token ? await authenticate(token) : undefined;
    if (!actor) throw new AppError("UNAUTHENTICATED", { detail: "invalid or expired token" });
    request.actor = actor;
  });
}

/** The caller of a route as services and the audit log want it. */
export function callerOf(request: FastifyRequest): Caller | undefined {
  if (!request.actor) return undefined;
  return { actor: request.actor, ip: request.ip, userAgent: request.headers["user-agent"] };
}
