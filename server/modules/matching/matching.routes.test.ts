import { beforeAll, describe, expect, it } from "vitest";
import { bearerFor } from "../../testing/actors.ts";
import { createTestApp } from "../../testing/app.ts";
import { opportunityRecord, organizationRecord, store } from "../../testing/factories.ts";
import { idOf } from "../../testing/members.ts";

/** Contract §4's two match endpoints over HTTP: shapes, status codes, closed opportunities. */
describe("match endpoints", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  let company: string;
  let opportunity: string;

  beforeAll(async () => {
    setup = await createTestApp();
    await store(setup.services, [
      organizationRecord({
        externalId: "buyer",
        kind: "buyer",
        scope: "global",
        name: { en: "Sauce Buyer" },
      }),
      organizationRecord({
        externalId: "maker",
        kind: "manufacturer",
        name: { ko: "대구장류" },
        summary: { ko: "고추장 제조" },
      }),
      opportunityRecord("buyer", {
        externalId: "gochujang",
        kind: "procurement",
        title: { en: "Gochujang for US grocery stores" },
      }),
      opportunityRecord("buyer", {
        externalId: "gochujang-2019",
        kind: "procurement",
        title: { en: "Gochujang sourcing 2019" },
        deadline: "2019-12-31",
      }),
    ]);
    admin = await bearerFor(setup.app, "admin");
    company = await idOf(setup, "maker");
    const { items } = await setup.services.opportunities.list(
      { externalId: "gochujang" },
      { limit: 1, offset: 0 },
    );
    opportunity = items[0]!.id;
  });

  const get = (url: string, headers: Record<string, string> = admin) => setup.app.inject({ url, headers });

  it("GET /opportunities/{id}/matches answers the contract's shape", async () => {
    const response = await get(`/api/v1/opportunities/${opportunity}/matches?limit=10`);
    expect(response.statusCode).toBe(200);
    const [first] = response.json().items;
    expect(first.organization).toMatchObject({ id: company, externalId: "maker", name: { ko: "대구장류" } });
    expect(first.score).toBeGreaterThan(0);
    expect(first.score).toBeLessThanOrEqual(1);
    expect(first.reasons[0]).toEqual({
      code: expect.any(String),
      text: { ko: expect.any(String), en: expect.any(String) },
    });
    expect(first.reasons.find((r: { code: string }) => r.code === "capability").text.en).toContain("고추장");
  });

  it("GET /organizations/{id}/matches leaves out expired opportunities unless includeClosed=true", async () => {
    const open = (await get(`/api/v1/organizations/${company}/matches`)).json();
    expect(open.items.map((i: { opportunity: { externalId: string } }) => i.opportunity.externalId)).toEqual([
      "gochujang",
    ]);
    expect(open.items[0].opportunity).toMatchObject({
      id: opportunity,
      title: { en: "Gochujang for US grocery stores" },
    });
    const all = (await get(`/api/v1/organizations/${company}/matches?includeClosed=true`)).json();
    expect(all.items).toHaveLength(2);
  });

  it("answers unknown ids with 404 NOT_FOUND, anonymous callers with 401, bad limits with 400", async () => {
    const unknown = await get("/api/v1/opportunities/0190a0a0-0000-7000-8000-000000000000/matches");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe("NOT_FOUND");
    expect((await get(`/api/v1/organizations/not-an-id/matches`)).json().error.code).toBe("NOT_FOUND");
    expect((await get(`/api/v1/opportunities/${opportunity}/matches`, {})).statusCode).toBe(401);
    expect((await get(`/api/v1/opportunities/${opportunity}/matches?limit=100`)).statusCode).toBe(200);
    const tooMany = await get(`/api/v1/opportunities/${opportunity}/matches?limit=101`);
    expect(tooMany.statusCode).toBe(400);
    expect(JSON.stringify(tooMany.json().error)).toContain("limit");
  });

  it("takes a verdict and hides a dismissed opportunity for good", async () => {
    const put = await setup.app.inject({
      method: "PUT",
      url: `/api/v1/organizations/${company}/matches/${opportunity}/feedback`,
      headers: admin,
      payload: { verdict: "not-useful" },
    });
    expect(put.statusCode).toBe(400);
    expect(JSON.stringify(put.json().error)).toContain("reason");
    const dismissed = await setup.app.inject({
      method: "PUT",
      url: `/api/v1/organizations/${company}/matches/${opportunity}/feedback`,
      headers: admin,
      payload: { verdict: "not-useful", reason: "not-now" },
    });
    expect(dismissed.statusCode).toBe(200);
    const after = (await get(`/api/v1/organizations/${company}/matches`)).json();
    expect(after.items).toEqual([]);
  });

  it("takes a verdict on a suggestion, names a wrong pair's field, and speaks Korean", async () => {
    const buyer = await idOf(setup, "buyer");
    const put = (url: string, payload: object, headers: Record<string, string> = admin) =>
      setup.app.inject({ method: "PUT", url, headers, payload });
    const wrongPair = await put(`/api/v1/organizations/${company}/suggestions/${company}/feedback`, {
      verdict: "useful",
    });
    expect(wrongPair.statusCode).toBe(400);
    expect(wrongPair.json().error.fields[0].field).toBe("otherId");
    const noReason = await put(
      `/api/v1/organizations/${company}/suggestions/${buyer}/feedback`,
      { verdict: "not-useful" },
      { ...admin, "accept-language": "ko" },
    );
    expect(noReason.json().error.fields[0].message).toBe("유용하지 않은 이유를 골라 주세요");
    const before = (await get(`/api/v1/organizations/${company}/suggestions`)).json();
    expect(before.items.map((i: { organization: { id: string } }) => i.organization.id)).toContain(buyer);
    const dismissed = await put(`/api/v1/organizations/${company}/suggestions/${buyer}/feedback`, {
      verdict: "not-useful",
      reason: "already-known",
    });
    expect(dismissed.statusCode).toBe(200);
    const after = (await get(`/api/v1/organizations/${company}/suggestions`)).json();
    expect(after.items.map((i: { organization: { id: string } }) => i.organization.id)).not.toContain(buyer);
  });
});
