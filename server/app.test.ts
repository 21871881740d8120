import Fastify from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { denyByDefault } from "./platform/http/access.ts";
import { registerErrorHandling } from "./platform/http/error-handler.ts";
import { createTestApp } from "./testing/app.ts";

describe("the HTTP application", () => {
  let app: Awaited<ReturnType<typeof createTestApp>>["app"];
  beforeAll(async () => {
    ({ app } = await createTestApp());
  });

  it("answers /healthz once it can serve requests", async () => {
    const response = await app.inject({ url: "/healthz" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok" });
  });

  it("publishes an OpenAPI 3.1 document of every /api/v1 operation", async () => {
    const document = (await app.inject({ url: "/api/v1/openapi.json" })).json();
    expect(document.openapi).toBe("3.1.0");
    // The full list of operations is pinned by authorization-matrix.test.ts.
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/industries",
        "/api/v1/opportunities",
        "/api/v1/opportunities/{id}",
        "/api/v1/organizations",
        "/api/v1/organizations/{id}",
        "/api/v1/zones",
      ]),
    );
    const list = document.paths["/api/v1/organizations"].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["q", "kind", "scope", "industry", "zone", "externalId", "limit"]),
    );
  });

  it("declares how to authenticate: private operations need a token or a session, public ones nothing", async () => {
    const document = (await app.inject({ url: "/api/v1/openapi.json" })).json();
    expect(Object.keys(document.components.securitySchemes)).toEqual(["bearerAuth", "sessionCookie"]);
    expect(document.paths["/api/v1/tokens"].get.security).toEqual([
      { bearerAuth: [] },
      { sessionCookie: [] },
    ]);
    expect(document.paths["/api/v1/organizations"].get.security).toBeUndefined();
  });

  it("serves the API docs UI", async () => {
    const response = await app.inject({ url: "/api/docs/" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/text\/html/);
    expect(response.headers["content-security-policy"]).not.toContain("upgrade-insecure-requests");
  });

  it("sends a strict CSP and a request id on every response", async () => {
    const response = await app.inject({ url: "/healthz", headers: { "x-request-id": "abc-123" } });
    const csp = String(response.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers["x-request-id"]).toBe("abc-123");
  });

  it("answers unknown API paths with the contract's JSON error", async () => {
    const response = await app.inject({ url: "/api/v1/no-such-thing", headers: { "accept-language": "en" } });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: "ROUTE_NOT_FOUND", message: "No such endpoint." } });
  });

  it("never leaks internals on a server error", async () => {
    const broken = await createTestApp();
    await broken.database.close();
    const response = await broken.app.inject({ url: "/api/v1/zones" });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: { code: "INTERNAL", message: expect.any(String) } });
    expect(response.body).not.toMatch(/pool|at \w+ \(|\.ts:/i);
  });
});

describe("deny by default", () => {
  it("refuses routes that are not marked public, and serves those that are", async () => {
    const app = Fastify();
    app.decorateRequest("actor", undefined);
    registerErrorHandling(app);
    await app.register(async (scope) => {
      denyByDefault(scope);
      scope.get("/private", async () => ({ secret: true }));
      scope.get("/open", { config: { public: true } }, async () => ({ open: true }));
    });
    const closed = await app.inject({ url: "/private" });
    expect(closed.statusCode).toBe(401);
    expect(closed.json().error.code).toBe("UNAUTHENTICATED");
    expect((await app.inject({ url: "/open" })).json()).toEqual({ open: true });
  });
});

describe("the global rate limit", () => {
  it("counts refused requests too: a flood of bad tokens is cut off before authentication", async () => {
    const { app } = await createTestApp({ rateLimitPerMinute: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await app.inject({
        url: "/api/v1/zones",
        headers: { authorization: "Bearer dgg_guess" },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });

  it("leaves static files out: a page view's dozens of assets do not use up the visitor's page views", async () => {
    const { app } = await createTestApp({ rateLimitPerMinute: 2 });
    for (let i = 0; i < 5; i++) {
      const response = await app.inject({ url: "/files/logos/none.webp" });
      expect(response.statusCode).toBe(404);
    }
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await app.inject({ url: "/api/v1/zones" })).statusCode);
    expect(statuses).toEqual([200, 200, 429]);
  });
});
