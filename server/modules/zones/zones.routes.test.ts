import { beforeAll, describe, expect, it } from "vitest";
import { contractIndustryCodes } from "../../../contracts/industries/taxonomy.ts";
import { createTestApp } from "../../testing/app.ts";
import { organizationRecord, store, zoneRecord } from "../../testing/factories.ts";

describe("zones and industries", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    setup = await createTestApp();
    await store(setup.services, [
      zoneRecord({ code: "suseong-alpha-city", designation: { ko: "기회발전특구 1호" } }),
      zoneRecord({ code: "seongseo" }),
      organizationRecord({ zone: "suseong-alpha-city", industries: ["ai", "big-data"] }),
      organizationRecord({ zone: "suseong-alpha-city", industries: ["ai"] }),
    ]);
  });

  it("lists zones in the order they were added, with their organization counts", async () => {
    const body = (await setup.app.inject({ url: "/api/v1/zones" })).json();
    expect(
      body.items.map((z: { code: string; organizationCount: number }) => [z.code, z.organizationCount]),
    ).toEqual([
      ["suseong-alpha-city", 2],
      ["seongseo", 0],
    ]);
    expect(body.items[0].designation).toEqual({ ko: "기회발전특구 1호" });
  });

  it("lists every contract industry code with labels in both languages and counts", async () => {
    const { items } = (await setup.app.inject({ url: "/api/v1/industries" })).json();
    const codes = items.map((industry: { code: string }) => industry.code);
    expect(codes).toEqual(expect.arrayContaining([...contractIndustryCodes]));
    const ai = items.find((industry: { code: string }) => industry.code === "ai");
    expect(ai).toMatchObject({
      group: "new-industry",
      name: { ko: "인공지능", en: "Artificial intelligence" },
      organizationCount: 2,
    });
    const frames = items.find((industry: { code: string }) => industry.code === "eyewear-frames");
    expect(frames).toMatchObject({ parent: "eyewear", organizationCount: 0 });
  });
});
