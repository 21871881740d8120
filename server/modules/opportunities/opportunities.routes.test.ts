import { beforeAll, describe, expect, it } from "vitest";
import { bearerFor } from "../../testing/actors.ts";
import { createTestApp } from "../../testing/app.ts";
import { opportunityRecord, organizationRecord, store, testAdmin } from "../../testing/factories.ts";
import { idOf } from "../../testing/members.ts";

describe("opportunities", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  let metaToken: { authorization: string };
  let pnpToken: { authorization: string };
  let companyToken: { authorization: string };

  const organizationToken = async (externalId: string) => {
    const organizationId = await idOf(setup, externalId);
    const { token } = await setup.services.tokens.create(testAdmin, {
      name: `${externalId}-crm`,
      role: "partner-member",
      organizationId,
    });
    return { authorization: `Bearer ${token}` };
  };

  beforeAll(async () => {
    setup = await createTestApp();
    const meta = organizationRecord({
      externalId: "meta",
      kind: "big-tech",
      scope: "global",
      name: { en: "Meta" },
    });
    await store(setup.services, [
      meta,
      organizationRecord({ externalId: "pnp", kind: "accelerator", scope: "global" }),
      organizationRecord({ externalId: "optics", kind: "manufacturer" }),
      opportunityRecord("meta", {
        externalId: "frames",
        kind: "oem-sourcing",
        title: { ko: "안경테 OEM" },
        deadline: "2099-03-01",
      }),
      opportunityRecord("meta", { externalId: "later", deadline: "2099-09-01" }),
      opportunityRecord("meta", { externalId: "undated" }),
      opportunityRecord("meta", { externalId: "over", status: "closed", deadline: "2026-01-01" }),
      opportunityRecord("meta", {
        externalId: "expired",
        title: { en: "Zirconia ceramics sourcing" },
        deadline: "2020-01-31",
      }),
    ]);
    metaToken = await organizationToken("meta");
    pnpToken = await organizationToken("pnp");
    companyToken = await organizationToken("optics");
  });

  // Contract §4: before statuses existed, `?owner=` listed every opportunity, and scripts still rely on it.
  it("lists every opportunity by default, closed and expired too; status=open and closed filter", async () => {
    const listed = async (query: string) => {
      const response = await setup.app.inject({ url: `/api/v1/opportunities?${query}` });
      expect(response.statusCode, response.body).toBe(200);
      const { items } = response.json() as { items: { externalId: string }[] };
      return items.map((item) => item.externalId).sort();
    };
    const everything = ["expired", "frames", "later", "over", "undated"];
    expect(await listed("owner=meta")).toEqual(everything);
    expect(await listed("owner=meta&status=all")).toEqual(everything);
    expect(await listed("owner=meta&status=open")).toEqual(["frames", "later", "undated"]);
    expect(await listed("owner=meta&status=closed")).toEqual(["expired", "over"]);
    expect(await listed("q=zirconia")).toEqual(["expired"]);
    expect(await listed("q=zirconia&status=open")).toEqual([]);
    const one = (await setup.app.inject({ url: "/api/v1/opportunities?externalId=over" })).json();
    expect(one.items[0]).toMatchObject({
      status: "closed",
      owner: { externalId: "meta", name: { en: "Meta" } },
      machineTranslated: [],
    });
  });

  it("searches across languages: an English query finds a Korean-only title", async () => {
    const found = (await setup.app.inject({ url: "/api/v1/opportunities?q=eyewear%20frame" })).json();
    expect(found.items.map((item: { externalId: string }) => item.externalId)).toEqual(["frames"]);
    expect(found.items[0].snippet.parts.some((part: { match?: boolean }) => part.match)).toBe(true);
  });

  it("refuses unknown filter values, naming the field", async () => {
    const response = await setup.app.inject({ url: "/api/v1/opportunities?status=expired&market=usa" });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(["status", "market"]));
  });

  it("returns one by id and 404 with a code for unknown ids", async () => {
    const { items } = (await setup.app.inject({ url: "/api/v1/opportunities?externalId=frames" })).json();
    const found = await setup.app.inject({ url: `/api/v1/opportunities/${items[0].id}` });
    expect(found.json()).toMatchObject({ externalId: "frames", deadline: "2099-03-01", status: "open" });
    for (const id of ["00000000-0000-7000-8000-000000000000", "frames"]) {
      const missing = await setup.app.inject({ url: `/api/v1/opportunities/${id}` });
      expect(missing.statusCode).toBe(404);
      expect(missing.json().error.code).toBe("NOT_FOUND");
    }
  });

  it("orders open opportunities by the soonest deadline for the home page, undated last", async () => {
    const { items } = await setup.services.opportunities.list(
      { status: "open" },
      { limit: 10, offset: 0 },
      "deadline",
    );
    expect(items.map((item) => item.externalId)).toEqual(["frames", "later", "undated"]);
  });

  it("posts (201), changes, closes and deletes (204) with a partner's token", async () => {
    const posted = await setup.app.inject({
      method: "POST",
      url: "/api/v1/opportunities",
      headers: metaToken,
      payload: {
        title: { ko: "AI 안경 렌즈 공급사" },
        kind: "procurement",
        industries: ["smart-glasses"],
        markets: ["US"],
        deadline: "2099-05-31",
      },
    });
    expect(posted.statusCode, posted.body).toBe(201);
    const { id, externalId, owner } = posted.json();
    expect(owner.externalId).toBe("meta");
    expect(externalId).toMatch(/^opp-/);

    const patched = await setup.app.inject({
      method: "PATCH",
      url: `/api/v1/opportunities/${id}`,
      headers: metaToken,
      payload: { status: "closed", description: { en: "Filled." } },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ status: "closed", description: { en: "Filled." } });

    const refused = await setup.app.inject({
      method: "PATCH",
      url: `/api/v1/opportunities/${id}`,
      headers: pnpToken,
      payload: { status: "open" },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe("FORBIDDEN");

    const deleted = await setup.app.inject({
      method: "DELETE",
      url: `/api/v1/opportunities/${id}`,
      headers: metaToken,
    });
    expect(deleted.statusCode).toBe(204);
    const gone = await setup.app.inject({ url: `/api/v1/opportunities/${id}` });
    expect(gone.statusCode).toBe(404);
  });

  it("refuses a local company's token with 403 and visitors with 401", async () => {
    const company = await setup.app.inject({
      method: "POST",
      url: "/api/v1/opportunities",
      headers: companyToken,
      payload: { title: { ko: "구매 요청" } },
    });
    expect(company.statusCode).toBe(403);
    const visitor = await setup.app.inject({
      method: "POST",
      url: "/api/v1/opportunities",
      payload: { title: { ko: "구매 요청" } },
    });
    expect(visitor.statusCode).toBe(401);
  });

  it("names every invalid field, in the reader's language", async () => {
    const response = await setup.app.inject({
      method: "POST",
      url: "/api/v1/opportunities",
      headers: { ...metaToken, "accept-language": "ko" },
      payload: {
        title: {},
        industries: ["space"],
        markets: ["us"],
        deadline: "31/12/2099",
        kind: "grant",
        colour: "blue",
      },
    });
    expect(response.statusCode).toBe(400);
    const fields = Object.fromEntries(
      response.json().error.fields.map((f: { field: string; message: string }) => [f.field, f.message]),
    );
    expect(Object.keys(fields)).toEqual(
      expect.arrayContaining(["title", "industries[0]", "markets[0]", "deadline", "kind"]),
    );
    expect(fields.title).toBe("한국어(ko) 또는 영어(en) 중 하나 이상이 필요합니다");
    expect(fields.deadline).toBe("ISO 8601 날짜(YYYY-MM-DD)여야 합니다");
  });

  it("answers a taken external id with 409 naming the field, and an unknown owner with 400", async () => {
    const admin = await bearerFor(setup.app, "admin");
    const taken = await setup.app.inject({
      method: "POST",
      url: "/api/v1/opportunities",
      headers: admin,
      payload: { externalId: "frames", ownerId: await idOf(setup, "meta"), title: { en: "Again" } },
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.fields[0].field).toBe("externalId");
    const unknown = await setup.app.inject({
      method: "POST",
      url: "/api/v1/opportunities",
      headers: admin,
      payload: { ownerId: "00000000-0000-7000-8000-000000000000", title: { en: "Nobody's" } },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0].field).toBe("ownerId");
    // An admin token belongs to no organization: it must say for whom it posts.
    const ownerless = await setup.app.inject({
      method: "POST",
      url: "/api/v1/opportunities",
      headers: admin,
      payload: { title: { en: "For whom?" } },
    });
    expect(ownerless.statusCode).toBe(400);
    expect(ownerless.json().error.fields[0].field).toBe("ownerId");
  });

  it("answers PATCH and DELETE of an unknown id with 404", async () => {
    const admin = await bearerFor(setup.app, "program-manager");
    for (const method of ["PATCH", "DELETE"] as const) {
      const response = await setup.app.inject({
        method,
        url: "/api/v1/opportunities/00000000-0000-7000-8000-000000000000",
        headers: admin,
        ...(method === "PATCH" ? { payload: { status: "closed" } } : {}),
      });
      expect(response.statusCode, method).toBe(404);
      expect(response.json().error.code).toBe("NOT_FOUND");
    }
  });
});
