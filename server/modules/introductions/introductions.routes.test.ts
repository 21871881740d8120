import { beforeAll, describe, expect, it } from "vitest";
import { koreanToday } from "../../platform/korean-date.ts";
import { bearerFor } from "../../testing/actors.ts";
import { createTestApp } from "../../testing/app.ts";
import { opportunityRecord, organizationRecord, store, testAdmin } from "../../testing/factories.ts";
import { idOf } from "../../testing/members.ts";

describe("introductions API", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  let company: { authorization: string };
  let otherCompany: { authorization: string };
  let partner: { authorization: string };
  let admin: { authorization: string };
  let frames: string;
  let meta: string;

  /** A token that acts for one organization, as a partner's or company's script would hold. */
  async function tokenFor(organizationId: string) {
    const { token } = await setup.services.tokens.create(testAdmin, {
      name: `org-${organizationId.slice(-6)}-${Math.random().toString(36).slice(2, 6)}`,
      role: "company-member",
      organizationId,
    });
    return { authorization: `Bearer ${token}` };
  }

  const post = (url: string, headers: Record<string, string>, payload?: object) =>
    setup.app.inject({ method: "POST", url, headers, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    setup = await createTestApp();
    await store(setup.services, [
      organizationRecord({ externalId: "optics", kind: "manufacturer", country: "KR" }),
      organizationRecord({ externalId: "foods", kind: "sme", country: "KR" }),
      organizationRecord({ externalId: "meta", kind: "big-tech", scope: "global", country: "US" }),
      opportunityRecord("meta", { externalId: "frames", kind: "oem-sourcing" }),
    ]);
    meta = await idOf(setup, "meta");
    company = await tokenFor(await idOf(setup, "optics"));
    otherCompany = await tokenFor(await idOf(setup, "foods"));
    partner = await tokenFor(meta);
    admin = await bearerFor(setup.app, "admin");
    const { rows } = await setup.database.pool.query<{ id: string }>(
      "select id from opportunities where external_id = 'frames'",
    );
    frames = rows[0]!.id;
  });

  it("refuses anonymous callers and names invalid fields in the reader's language", async () => {
    expect((await post("/api/v1/introductions", {}, { message: "x" })).statusCode).toBe(401);

    const missing = await post(
      "/api/v1/introductions",
      { ...company, "accept-language": "ko" },
      { opportunityId: "not-a-uuid" },
    );
    expect(missing.statusCode).toBe(400);
    const fields = missing
      .json()
      .error.fields.map((f: { field: string }) => f.field)
      .sort();
    expect(fields).toEqual(["message", "opportunityId"]);
    expect(missing.json().error.fields.find((f: { field: string }) => f.field === "message").message).toBe(
      "필수 항목입니다",
    );

    const unknown = await post("/api/v1/introductions", company, {
      opportunityId: "00000000-0000-7000-8000-000000000000",
      message: "x",
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({
      code: "NOT_FOUND",
      fields: [{ field: "opportunityId" }],
    });

    const global = await post(
      "/api/v1/introductions",
      { ...admin, "accept-language": "en" },
      { companyId: meta, partnerId: meta, message: "x" },
    );
    expect(global.statusCode).toBe(400);
    expect(global.json().error.fields).toEqual([
      { field: "companyId", message: "must be a local organization" },
    ]);
    const optics = await idOf(setup, "optics");
    const self = await post(
      "/api/v1/introductions",
      { ...admin, "accept-language": "ko" },
      { companyId: optics, partnerId: optics, message: "x" },
    );
    expect(self.statusCode).toBe(400);
    expect(self.json().error.fields).toEqual([
      { field: "partnerId", message: "같은 기관끼리는 소개할 수 없습니다" },
    ]);
    // The city acts for no organization: it names the company, and is told so rather than "required".
    const noCompany = await post(
      "/api/v1/introductions",
      { ...admin, "accept-language": "ko" },
      { partnerId: meta, message: "x" },
    );
    expect(noCompany.statusCode).toBe(400);
    expect(noCompany.json().error.fields).toEqual([
      { field: "companyId", message: "기관을 대표하지 않을 때는 필수입니다" },
    ]);
  });

  it("walks an introduction through its steps with the right status codes", async () => {
    const created = await post("/api/v1/introductions", company, {
      opportunityId: frames,
      message: "We make titanium frames",
    });
    expect(created.statusCode).toBe(201);
    const intro = created.json();
    expect(intro).toMatchObject({ status: "requested", partner: { id: meta }, office: null });
    expect(intro.events).toHaveLength(1);
    const url = `/api/v1/introductions/${intro.id}`;

    const again = await post("/api/v1/introductions", company, { opportunityId: frames, message: "again" });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("CONFLICT");

    expect((await setup.app.inject({ url, headers: company })).statusCode).toBe(200);
    expect((await setup.app.inject({ url, headers: otherCompany })).statusCode).toBe(403);
    expect(
      (
        await setup.app.inject({
          url: "/api/v1/introductions/00000000-0000-7000-8000-000000000000",
          headers: company,
        })
      ).statusCode,
    ).toBe(404);
    const list = await setup.app.inject({ url: "/api/v1/introductions?status=requested", headers: company });
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: intro.id, events: [] }] });
    const othersList = await setup.app.inject({ url: "/api/v1/introductions", headers: otherCompany });
    expect(othersList.json()).toEqual({ items: [], total: 0 });
    // No cold calls: Meta, the other side, learns of the request only once a broker accepts it.
    expect((await setup.app.inject({ url, headers: partner })).statusCode).toBe(403);
    const metaList = await setup.app.inject({ url: "/api/v1/introductions?role=mine", headers: partner });
    expect(metaList.json()).toEqual({ items: [], total: 0 });

    // The company does not broker its own introduction.
    expect((await post(`${url}/accept`, company, { message: "self-service" })).statusCode).toBe(403);
    const noMessage = await post(`${url}/accept`, admin, {});
    expect(noMessage.statusCode).toBe(400);
    expect(noMessage.json().error.fields[0].field).toBe("message");
    expect((await post(`${url}/accept`, admin, { message: "Arranged for Tuesday" })).json().status).toBe(
      "accepted",
    );
    const seenByMeta = await setup.app.inject({ url, headers: partner });
    expect(seenByMeta.statusCode).toBe(200);
    expect(seenByMeta.json()).toMatchObject({ message: "We make titanium frames", status: "accepted" });
    const metaListed = await setup.app.inject({ url: "/api/v1/introductions?role=mine", headers: partner });
    expect(metaListed.json()).toMatchObject({ total: 1, items: [{ id: intro.id }] });
    const twice = await post(`${url}/accept`, { ...admin, "accept-language": "en" }, { message: "again" });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toEqual({
      code: "INVALID_TRANSITION",
      message: "This step is not possible in the current state.",
    });

    const future = await post(
      `${url}/meeting`,
      { ...company, "accept-language": "ko" },
      { heldOn: "2999-01-01" },
    );
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields).toEqual([{ field: "heldOn", message: "미래 날짜일 수 없습니다" }]);
    expect((await post(`${url}/meeting`, company, { heldOn: koreanToday() })).statusCode).toBe(200);

    const halfAmount = await post(`${url}/outcome`, company, { outcome: "contract", amount: 250000 });
    expect(halfAmount.statusCode).toBe(400);
    expect(halfAmount.json().error.fields[0].field).toBe("currency");
    const done = await post(`${url}/outcome`, company, {
      outcome: "contract",
      amount: 250000,
      currency: "USD",
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      status: "completed",
      outcomeAmount: "250000.00",
      outcomeCurrency: "USD",
    });
    expect(done.json().events.map((e: { status: string }) => e.status)).toEqual([
      "requested",
      "accepted",
      "meeting-held",
      "completed",
    ]);

    // Withdraw takes no body; once complete it is too late.
    const late = await post(`${url}/withdraw`, company);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe("INVALID_TRANSITION");
  });
});
