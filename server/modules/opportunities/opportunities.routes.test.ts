import { beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../testing/app.ts";
import { opportunityRecord, organizationRecord, store } from "../../testing/factories.ts";

describe("opportunities", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
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
      opportunityRecord("meta", {
        externalId: "frames",
        kind: "oem-sourcing",
        title: { ko: "안경테 OEM" },
        deadline: "2027-03-01",
      }),
      opportunityRecord("meta", { externalId: "later", deadline: "2027-09-01" }),
      opportunityRecord("meta", { externalId: "undated" }),
      opportunityRecord("meta", { externalId: "over", status: "closed", deadline: "2026-01-01" }),
    ]);
  });

  it("lists with owner, filters by owner and externalId", async () => {
    const all = (await setup.app.inject({ url: "/api/v1/opportunities?owner=meta" })).json();
    expect(all.total).toBe(4);
    const one = (await setup.app.inject({ url: "/api/v1/opportunities?externalId=frames" })).json();
    expect(one.items[0]).toMatchObject({
      kind: "oem-sourcing",
      owner: { externalId: "meta", name: { en: "Meta" } },
    });
  });

  it("returns one by id and 404 with a code for unknown ids", async () => {
    const { items } = (await setup.app.inject({ url: "/api/v1/opportunities?externalId=frames" })).json();
    const found = await setup.app.inject({ url: `/api/v1/opportunities/${items[0].id}` });
    expect(found.json()).toMatchObject({ externalId: "frames", deadline: "2027-03-01", status: "open" });
    const missing = await setup.app.inject({
      url: "/api/v1/opportunities/00000000-0000-7000-8000-000000000000",
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe("NOT_FOUND");
  });

  it("orders open opportunities by the soonest deadline for the home page, undated last", async () => {
    const { items } = await setup.services.opportunities.list(
      { status: "open" },
      { limit: 10, offset: 0 },
      "deadline",
    );
    expect(items.map((item) => item.externalId)).toEqual(["frames", "later", "undated"]);
  });
});
