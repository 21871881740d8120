import type { FastifyInstance } from "fastify";
import { AppError } from "../errors.ts";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Marks a route as readable without signing in. Every other route of the API is private. */
    public?: boolean;
  }
  interface FastifyRequest {
    /** The signed-in user or API token behind the request; accounts arrive with the accounts issue. */
    actor: Actor | undefined;
  }
}

export type Actor = { kind: "user" | "token"; id: string; role: string };

/** Deny by default: inside the scope this is registered in, a route must opt in to being public. */
export function denyByDefault(scope: FastifyInstance) {
  scope.addHook("onRequest", async (request) => {
    if (request.routeOptions.config?.public) return;
    if (!request.actor) throw new AppError("UNAUTHENTICATED");
  });
}
