import { beforeAll, describe, expect, it } from "vitest";
import { bearerFor } from "../../testing/actors.ts";
import { createTestApp } from "../../testing/app.ts";

describe("API tokens", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  beforeAll(async () => {
    setup = await createTestApp();
    admin = await bearerFor(setup.app, "admin");
  });

  it("issues a token once, stores only its hash, and the token authenticates", async () => {
    const created = await setup.app.inject({
      method: "POST",
      url: "/api/v1/tokens",
      headers: { ...admin, "user-agent": "gateway-test" },
      payload: { name: "partner-sync", role: "partner-member", expiresInDays: 30 },
    });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body.token).toMatch(/^dgg_[A-Za-z0-9_-]{43}$/);
    expect(body).toMatchObject({
      name: "partner-sync",
      role: "partner-member",
      prefix: body.token.slice(0, 10),
    });

    const stored = await setup.database.pool.query("select token_hash from api_tokens where id = $1", [
      body.id,
    ]);
    expect(stored.rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored.rows)).not.toContain(body.token);

    const used = await setup.app.inject({
      url: "/api/v1/zones",
      headers: { authorization: `Bearer ${body.token}` },
    });
    expect(used.statusCode).toBe(200);
  });

  it("refuses unknown, revoked and expired tokens with 401", async () => {
    const { token, view } = await setup.services.tokens.create(
      { actor: { kind: "system", id: "cli", label: "t", role: "admin" } },
      { name: "short-lived", role: "admin" },
    );
    await setup.app.inject({ method: "DELETE", url: `/api/v1/tokens/${view.id}`, headers: admin });
    for (const value of [token, "dgg_unknown", "not-even-a-token"]) {
      const response = await setup.app.inject({
        url: "/api/v1/zones",
        headers: { authorization: `Bearer ${value}` },
      });
      expect(response.statusCode, value).toBe(401);
      expect(response.json().error.code).toBe("UNAUTHENTICATED");
    }
    const expired = await bearerFor(setup.app, "admin", "expired");
    await setup.database.pool.query(
      "update api_tokens set expires_at = now() - interval '1 second' where name = 'expired'",
    );
    expect((await setup.app.inject({ url: "/api/v1/zones", headers: expired })).statusCode).toBe(401);
  });

  it("lets only admins manage tokens", async () => {
    const reviewer = await bearerFor(setup.app, "reviewer");
    expect((await setup.app.inject({ url: "/api/v1/tokens" })).statusCode).toBe(401);
    const forbidden = await setup.app.inject({ url: "/api/v1/tokens", headers: reviewer });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.code).toBe("FORBIDDEN");
    const listed = await setup.app.inject({ url: "/api/v1/tokens", headers: admin });
    expect(listed.json().items.length).toBeGreaterThan(0);
    expect(JSON.stringify(listed.json())).not.toMatch(/token_?hash/i);
  });

  it("names invalid fields of a new token", async () => {
    const response = await setup.app.inject({
      method: "POST",
      url: "/api/v1/tokens",
      headers: { ...admin, "accept-language": "en" },
      payload: { name: "", role: "mayor" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.map((f: { field: string }) => f.field)).toEqual(["name", "role"]);
  });

  it("audits issuing and revoking, with who, from where, before and after", async () => {
    const created = await setup.app.inject({
      method: "POST",
      url: "/api/v1/tokens",
      headers: { ...admin, "user-agent": "audit-check" },
      payload: { name: "to-revoke", role: "reviewer" },
    });
    const id = created.json().id;
    await setup.app.inject({ method: "DELETE", url: `/api/v1/tokens/${id}`, headers: admin });
    const events = (
      await setup.app.inject({
        url: `/api/v1/audit-events?resourceType=token&resourceId=${id}`,
        headers: admin,
      })
    ).json();
    expect(events.items.map((e: { action: string }) => e.action)).toEqual(["token.revoke", "token.create"]);
    const [revoke, create] = events.items;
    expect(create).toMatchObject({
      actorKind: "token",
      ip: "127.0.0.1",
      userAgent: "audit-check",
      before: null,
    });
    expect(create.after).toMatchObject({ name: "to-revoke", role: "reviewer", revokedAt: null });
    expect(revoke.before.revokedAt).toBeNull();
    expect(revoke.after.revokedAt).not.toBeNull();
    expect(JSON.stringify(events)).not.toContain(created.json().token);
  });
});

describe("token scopes and organization tokens", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  beforeAll(async () => {
    setup = await createTestApp();
    admin = await bearerFor(setup.app, "admin");
  });

  const issue = async (payload: object) =>
    (await setup.app.inject({ method: "POST", url: "/api/v1/tokens", headers: admin, payload })).json();

  it("gives new tokens read and write unless made read-only, and a read-only token changes nothing", async () => {
    expect((await issue({ name: "full", role: "admin" })).scopes).toEqual(["read", "write"]);
    const reader = await issue({ name: "reader", role: "admin", scopes: ["read"] });
    const headers = { authorization: `Bearer ${reader.token}` };
    expect((await setup.app.inject({ url: "/api/v1/tokens", headers })).statusCode).toBe(200);
    const write = await setup.app.inject({
      method: "POST",
      url: "/api/v1/tokens",
      headers,
      payload: { name: "x", role: "admin" },
    });
    expect(write.statusCode).toBe(403);
  });

  it("lets an organization's token act as its member, and names an unknown organization", async () => {
    const { store, organizationRecord } = await import("../../testing/factories.ts");
    await store(setup.services, [organizationRecord({ externalId: "partner-crm" })]);
    const org = (
      await setup.services.organizations.list({ externalId: "partner-crm" }, { limit: 1, offset: 0 })
    ).items[0]!;
    const crm = await issue({ name: "crm", role: "partner-member", organizationId: org.id });
    const headers = { authorization: `Bearer ${crm.token}` };
    expect(
      (await setup.app.inject({ url: `/api/v1/organizations/${org.id}/members`, headers })).statusCode,
    ).toBe(200);

    const unknown = await setup.app.inject({
      method: "POST",
      url: "/api/v1/tokens",
      headers: { ...admin, "accept-language": "en" },
      payload: {
        name: "ghost",
        role: "partner-member",
        organizationId: "00000000-0000-7000-8000-000000000000",
      },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toEqual([
      { field: "organizationId", message: "is not an organization of the directory" },
    ]);
  });
});
