import { beforeAll, describe, expect, it } from "vitest";
import { bearerFor } from "../../testing/actors.ts";
import { createTestApp } from "../../testing/app.ts";
import { organizationRecord, store, zoneRecord } from "../../testing/factories.ts";

describe("GET /api/v1/organizations", () => {
  let app: Awaited<ReturnType<typeof createTestApp>>["app"];
  beforeAll(async () => {
    ({ app } = await createTestApp());
    const zone = zoneRecord({ code: "suseong-alpha-city" });
    await store(app.services, [
      zone,
      organizationRecord({
        externalId: "eyes",
        kind: "manufacturer",
        industries: ["eyewear"],
        name: { ko: "가나안경" },
      }),
      organizationRecord({
        externalId: "ai-1",
        industries: ["ai"],
        zone: zone.code,
        name: { en: "Alpha AI" },
      }),
      organizationRecord({ externalId: "meta", kind: "big-tech", scope: "global", name: { en: "Meta" } }),
    ]);
  });

  it("lists with the contract's shape, ordered by name", async () => {
    const response = await app.inject({ url: "/api/v1/organizations?limit=2" });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe(3);
    expect(body.items.map((item: { externalId: string }) => item.externalId)).toEqual(["ai-1", "meta"]);
  });

  it.each([
    ["kind=manufacturer", ["eyes"]],
    ["scope=global", ["meta"]],
    ["industry=ai", ["ai-1"]],
    ["zone=suseong-alpha-city", ["ai-1"]],
    ["externalId=eyes", ["eyes"]],
    ["q=%EC%95%88%EA%B2%BD", ["eyes"]],
  ])("filters by %s", async (query, expected) => {
    const response = await app.inject({ url: `/api/v1/organizations?${query}` });
    expect(response.json().items.map((item: { externalId: string }) => item.externalId)).toEqual(expected);
  });

  it("refuses a limit over 100, naming the field in the reader's language", async () => {
    const ko = await app.inject({
      url: "/api/v1/organizations?limit=101",
      headers: { "accept-language": "ko-KR" },
    });
    expect(ko.statusCode).toBe(400);
    expect(ko.json().error.code).toBe("VALIDATION_FAILED");
    expect(ko.json().error.fields[0].field).toBe("limit");
    expect(ko.json().error.message).toMatch(/^입력값을 확인해 주세요/);
    const en = await app.inject({
      url: "/api/v1/organizations?kind=unicorn",
      headers: { cookie: "lang=en" },
    });
    expect(en.json().error).toMatchObject({ code: "VALIDATION_FAILED", fields: [{ field: "kind" }] });
    expect(en.json().error.message).toMatch(/^Please check the input/);
  });

  it("returns one organization by id, and 404 with a code for unknown ids", async () => {
    const { items } = (await app.inject({ url: "/api/v1/organizations?externalId=eyes" })).json();
    const one = await app.inject({ url: `/api/v1/organizations/${items[0].id}` });
    expect(one.json()).toMatchObject({
      externalId: "eyes",
      name: { ko: "가나안경" },
      industries: ["eyewear"],
    });
    for (const id of ["00000000-0000-7000-8000-000000000000", "not-a-uuid"]) {
      const missing = await app.inject({ url: `/api/v1/organizations/${id}` });
      expect(missing.statusCode).toBe(404);
      expect(missing.json().error.code).toBe("NOT_FOUND");
    }
  });
});

describe("POST /api/v1/organizations/revisions/{id}/approve", () => {
  it("takes a decision without a body (the note is optional)", async () => {
    const { app } = await createTestApp();
    const headers = await bearerFor(app, "admin");
    const response = await app.inject({
      method: "POST",
      url: "/api/v1/organizations/revisions/0190a0a0-0000-7000-8000-000000000000/approve",
      headers,
    });
    // No such revision: the body-less request got past validation to the service.
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("NOT_FOUND");
  });
});
