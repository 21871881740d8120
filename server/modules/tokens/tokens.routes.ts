import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { createTokenBody, tokenView } from "../../../contracts/access/token.ts";
import { listResponse } from "../../../contracts/common/list.ts";
import { callerOf } from "../../platform/http/authenticate.ts";
import { errorResponses } from "../../platform/http/openapi.ts";
import { canManageTokens } from "./tokens.policy.ts";
import type { TokensService } from "./tokens.service.ts";

export function tokensRoutes(tokens: TokensService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/tokens",
      {
        config: { allow: canManageTokens },
        schema: {
          tags: ["tokens"],
          summary: "API tokens (city admins)",
          response: { 200: listResponse(tokenView), ...errorResponses },
        },
      },
      async (request) => {
        const items = await tokens.list(callerOf(request));
        return { items, total: items.length };
      },
    );

    app.post(
      "/tokens",
      {
        config: { allow: canManageTokens },
        schema: {
          tags: ["tokens"],
          summary: "Issue an API token; its value is shown once",
          body: createTokenBody,
          response: { 201: tokenView.extend({ token: z.string() }), ...errorResponses },
        },
      },
      async (request, reply) => {
        const { token, view } = await tokens.create(callerOf(request), request.body);
        return reply.status(201).send({ ...view, token });
      },
    );

    app.delete(
      "/tokens/:id",
      {
        config: { allow: canManageTokens },
        schema: {
          tags: ["tokens"],
          summary: "Revoke an API token",
          params: z.object({ id: z.string().max(100) }),
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await tokens.revoke(callerOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
