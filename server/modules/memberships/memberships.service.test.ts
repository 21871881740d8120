import { beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "../../platform/actor.ts";
import { createTestApp } from "../../testing/app.ts";
import { organizationRecord, store, testAdmin } from "../../testing/factories.ts";
import { emailMatchesWebsite } from "./email-domain.ts";

describe("e-mail domain ↔ website", () => {
  it.each([
    ["kim@hanbit-optics.co.kr", "https://www.hanbit-optics.co.kr", true],
    ["kim@sales.hanbit-optics.co.kr", "https://hanbit-optics.co.kr/en", true],
    ["kim@gmail.com", "https://www.hanbit-optics.co.kr", false],
    ["kim@notoptics.co.kr", "https://optics.co.kr", false],
    ["kim@hanbit-optics.co.kr", null, false],
    ["kim@localhost", "http://localhost", false],
  ])("%s and %s: %s", (email, website, expected) => {
    expect(emailMatchesWebsite(email, website)).toBe(expected);
  });
});

describe("claims and memberships", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  let optics: string;
  let foods: string;
  let address = 0;

  /** Signs a person up through Better Auth and returns them as a caller, as a signed-in request would. */
  async function person(
    email: string,
    options: { verified?: boolean } = {},
  ): Promise<Caller & { cookie: string }> {
    const password = "daegu-members-2026";
    let answer = await setup.services.accounts.call("/sign-up/email", {
      body: { email, password, name: email.split("@")[0] },
      ip: `10.2.0.${++address}`,
    });
    if (options.verified) {
      // As if the person clicked the verification link; a new sign-in carries the verified state.
      await setup.database.pool.query("update users set email_verified = true where email = $1", [email]);
      answer = await setup.services.accounts.call("/sign-in/email", {
        body: { email, password },
        ip: `10.2.0.${++address}`,
      });
    }
    const cookie = answer.setCookies.map((c) => c.split(";")[0]).join("; ");
    const actor = await setup.services.accounts.actorFromSession(new Headers({ cookie }));
    return { actor: actor!, cookie };
  }

  beforeAll(async () => {
    setup = await createTestApp();
    await store(setup.services, [
      organizationRecord({
        externalId: "optics",
        kind: "manufacturer",
        website: "https://www.hanbit-optics.co.kr",
      }),
      organizationRecord({ externalId: "foods", kind: "sme", website: "https://daegu-foods.kr" }),
    ]);
    const id = async (externalId: string) =>
      (await setup.services.organizations.list({ externalId }, { limit: 1, offset: 0 })).items[0]!.id;
    optics = await id("optics");
    foods = await id("foods");
  });

  it("grants a claim at once when the e-mail domain is the website's: the first becomes owner", async () => {
    const kim = await person("kim@hanbit-optics.co.kr", { verified: true });
    expect(await setup.services.memberships.claim(kim, optics)).toMatchObject({ status: "approved" });
    // A manufacturer's people act as company members (an overseas office's as office staff).
    expect(await setup.services.memberships.membershipsOf(kim.actor.id)).toMatchObject([
      { organizationId: optics, role: "owner", actsAs: "company-member" },
    ]);
    const lee = await person("lee@hanbit-optics.co.kr", { verified: true });
    await setup.services.memberships.claim(lee, optics);
    const members = await setup.services.memberships.members(testAdmin, optics);
    expect(members.map((m) => [m.email, m.role])).toEqual([
      ["kim@hanbit-optics.co.kr", "owner"],
      ["lee@hanbit-optics.co.kr", "member"],
    ]);
  });

  it("does not trust an unverified address on the organization's domain: the claim waits for the city", async () => {
    const impostor = await person("impostor@hanbit-optics.co.kr");
    expect(await setup.services.memberships.claim(impostor, optics)).toMatchObject({ status: "pending" });
    const members = await setup.services.memberships.members(testAdmin, optics);
    expect(members.map((m) => m.email)).not.toContain("impostor@hanbit-optics.co.kr");
  });

  it("puts other claims before a city admin, who approves or rejects them once", async () => {
    const park = await person("park@gmail.com");
    const claim = await setup.services.memberships.claim(park, foods);
    expect(claim.status).toBe("pending");
    expect(await setup.services.memberships.claim(park, foods)).toEqual(claim);
    const pending = await setup.services.memberships.pendingClaims(testAdmin);
    expect(pending.map((p) => p.email)).toContain("park@gmail.com");

    await expect(setup.services.memberships.decideClaim(park, claim.id, "approved")).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await setup.services.memberships.decideClaim(testAdmin, claim.id, "approved")).toMatchObject({
      status: "approved",
      role: "owner",
    });
    await expect(
      setup.services.memberships.decideClaim(testAdmin, claim.id, "rejected"),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const { items } = await setup.services.audit.list(
      testAdmin,
      { resourceId: claim.id },
      { limit: 5, offset: 0 },
    );
    expect(items[0]).toMatchObject({ action: "organization.claim.decide", after: { status: "approved" } });
  });

  it("carries memberships on the signed-in actor: members see their organization's members, others do not", async () => {
    const choi = await person("choi@daegu-foods.kr", { verified: true });
    await setup.app.inject({
      method: "POST",
      url: `/api/v1/organizations/${foods}/claims`,
      headers: { cookie: choi.cookie },
    });
    const own = await setup.app.inject({
      url: `/api/v1/organizations/${foods}/members`,
      headers: { cookie: choi.cookie },
    });
    expect(own.statusCode).toBe(200);
    expect(own.json().items.map((m: { email: string }) => m.email)).toContain("choi@daegu-foods.kr");
    const other = await setup.app.inject({
      url: `/api/v1/organizations/${optics}/members`,
      headers: { cookie: choi.cookie },
    });
    expect(other.statusCode).toBe(403);
  });

  it("acts for the organization chosen with the switch, only while a member, and audits writes under it", async () => {
    const yoon = await person("yoon@example.kr");
    await setup.services.memberships.decideClaim(
      testAdmin,
      (await setup.services.memberships.claim(yoon, optics)).id,
      "approved",
    );
    await setup.services.memberships.decideClaim(
      testAdmin,
      (await setup.services.memberships.claim(yoon, foods)).id,
      "approved",
    );
    const actingFor = async (cookie: string) =>
      (await setup.services.accounts.actorFromSession(new Headers({ cookie })))?.organizationId;
    expect(await actingFor(yoon.cookie)).toBe(optics);
    expect(await actingFor(`${yoon.cookie}; dgg.org=${foods}`)).toBe(foods);
    expect(await actingFor(`${yoon.cookie}; dgg.org=00000000-0000-7000-8000-000000000000`)).toBe(optics);

    await store(setup.services, [organizationRecord({ externalId: "textiles" })]);
    const third = (
      await setup.services.organizations.list({ externalId: "textiles" }, { limit: 1, offset: 0 })
    ).items[0]!;
    await setup.app.inject({
      method: "POST",
      url: `/api/v1/organizations/${third.id}/claims`,
      headers: { cookie: `${yoon.cookie}; dgg.org=${foods}` },
    });
    const { items } = await setup.services.audit.list(
      testAdmin,
      { resourceId: third.id },
      { limit: 5, offset: 0 },
    );
    expect(items[0]).toMatchObject({ action: "organization.claim", organizationId: foods });
  });

  it("refuses a cookie-authenticated write that another site triggers (CSRF)", async () => {
    const han = await person("han@example.kr");
    const forged = await setup.app.inject({
      method: "POST",
      url: `/api/v1/organizations/${foods}/claims`,
      headers: { cookie: han.cookie, origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(forged.statusCode).toBe(403);
    expect(await setup.services.memberships.pendingClaims(testAdmin)).not.toContainEqual(
      expect.objectContaining({ email: "han@example.kr" }),
    );
  });

  it("refuses claims from API tokens and for unknown organizations", async () => {
    await expect(setup.services.memberships.claim(testAdmin, optics)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const jung = await person("jung@example.kr");
    await expect(
      setup.services.memberships.claim(jung, "00000000-0000-7000-8000-000000000000"),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
