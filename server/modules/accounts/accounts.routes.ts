import type { FastifyPluginAsync } from "fastify";
import type { AccountsService } from "./accounts.service.ts";

/**
 * Hands /api/auth/* to Better Auth as Fetch requests. Its own scope keeps the raw body as a string,
 * which Better Auth parses itself; its responses (cookies included) pass through unchanged.
 */
export function accountsRoutes(accounts: AccountsService, baseURL: string): FastifyPluginAsync {
  return async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", { parseAs: "string", bodyLimit: 65_536 }, (_request, body, done) =>
      done(null, body),
    );
    scope.all("/api/auth/*", { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
      }
      // Fastify has already decided the client address (honouring TRUST_PROXY); Better Auth rate-limits by it.
      headers.set("x-forwarded-for", request.ip);
      const hasBody =
        request.method !== "GET" && request.method !== "HEAD" && typeof request.body === "string";
      const response = await accounts.handle(
        new Request(new URL(request.url, baseURL), {
          method: request.method,
          headers,
          ...(hasBody ? { body: request.body as string } : {}),
        }),
      );
      reply.status(response.status);
      for (const [name, value] of response.headers) {
        if (name !== "set-cookie" && name !== "content-length") reply.header(name, value);
      }
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) reply.header("set-cookie", cookies);
      return reply.send(await response.text());
    });
  };
}
