import { beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../testing/app.ts";
import { organizationRecord, store, zoneRecord } from "../../testing/factories.ts";

type Hit = { externalId: string; snippet?: { parts: { text: string; match?: true }[] } };

/** The directory's search over HTTP: one box, both languages, ranked, with facets. */
describe("directory search", () => {
  let app: Awaited<ReturnType<typeof createTestApp>>["app"];
  let database: Awaited<ReturnType<typeof createTestApp>>["database"];
  const search = async (query: string) => {
    const response = await app.inject({ url: `/api/v1/organizations?${query}` });
    expect(response.statusCode).toBe(200);
    return response.json() as { items: Hit[]; total: number };
  };
  const ids = async (query: string) => (await search(query)).items.map((item) => item.externalId);

  beforeAll(async () => {
    ({ app, database } = await createTestApp());
    await store(app.services, [
      zoneRecord({ code: "alpha" }),
      organizationRecord({
        externalId: "ko-frames",
        kind: "manufacturer",
        name: { ko: "한빛광학" },
        summary: { ko: "티타늄 안경테를 만드는 침산동 제조사" },
        zone: "alpha",
        targetMarkets: ["US"],
      }),
      organizationRecord({
        externalId: "en-frames",
        kind: "manufacturer",
        name: { en: "Bright Optics" },
        summary: { en: "Titanium spectacle frames for global brands" },
        targetMarkets: ["JP"],
      }),
      organizationRecord({
        externalId: "ko-ev",
        name: { ko: "모빌테크" },
        summary: { ko: "전기차 배터리 관리 시스템" },
        stage: "seed",
      }),
      organizationRecord({
        externalId: "en-med",
        name: { en: "Medisense" },
        summary: { en: "Medical device sensors for hospitals" },
        stage: "series-a",
      }),
      organizationRecord({ externalId: "nvidia", kind: "big-tech", scope: "global", name: { en: "NVIDIA" } }),
      organizationRecord({ externalId: "food", name: { ko: "달구벌식품" }, industries: ["food"] }),
    ]);
  });

  it.each([
    ["an English query finds a Korean-only record", "q=titanium%20eyewear", ["ko-frames", "en-frames"]],
    [
      "a Korean query finds an English-only record",
      `q=${encodeURIComponent("티타늄 안경테")}`,
      ["ko-frames", "en-frames"],
    ],
    ["EV finds 전기차", "q=EV", ["ko-ev"]],
    ["의료기기 finds medical devices", `q=${encodeURIComponent("의료기기")}`, ["en-med"]],
    ["a typo in a name still finds it", "q=Nvidai", ["nvidia"]],
    ["an industry code's concept counts (food → 식품 company filed under food)", "q=food", ["food"]],
  ])("%s", async (_, query, expected) => {
    expect((await ids(query)).sort()).toEqual([...expected].sort());
  });

  it("ranks a name match above a mention in the text", async () => {
    expect((await ids("q=bright"))[0]).toBe("en-frames");
  });

  it("highlights where the query matched, in the reader's language first", async () => {
    const { items } = await search(`q=${encodeURIComponent("안경테")}`);
    const english = items.find((item) => item.externalId === "en-frames")!;
    expect(english.snippet!.parts.filter((part) => part.match).map((part) => part.text)).toContain(
      "spectacle frames",
    );
  });

  it("combines the search with filters", async () => {
    expect(await ids("q=titanium&zone=alpha")).toEqual(["ko-frames"]);
    expect(await ids("q=titanium&market=JP")).toEqual(["en-frames"]);
  });

  it("falls back to any term when no record has all of them", async () => {
    expect(await ids("q=titanium%20zeppelin")).toEqual(expect.arrayContaining(["ko-frames", "en-frames"]));
  });

  it("counts facets under the filters, each facet ignoring its own", async () => {
    const response = await app.inject({ url: "/api/v1/organizations/facets?q=titanium&kind=manufacturer" });
    expect(response.statusCode).toBe(200);
    const facets = response.json();
    expect(facets.kind).toEqual([{ value: "manufacturer", count: 2 }]);
    expect(facets.zone).toEqual([{ value: "alpha", count: 1 }]);
    expect(facets.market).toEqual(
      expect.arrayContaining([
        { value: "US", count: 1 },
        { value: "JP", count: 1 },
      ]),
    );
    const all = (await app.inject({ url: "/api/v1/organizations/facets?kind=big-tech" })).json();
    // The kind facet still offers the other kinds while big-tech is chosen.
    expect(all.kind.map((entry: { value: string }) => entry.value)).toEqual(
      expect.arrayContaining(["manufacturer", "startup", "big-tech"]),
    );
    expect(all.scope).toEqual([{ value: "global", count: 1 }]);
  });

  it("indexes rows written before search existed when the server starts (reindex of missing rows)", async () => {
    await database.pool.query(
      "update organizations set search_tokens = ''::tsvector, search_names = '' where external_id = 'en-med'",
    );
    expect(await ids("q=medisense")).toEqual([]);
    expect(await app.services.organizations.reindex({ missingOnly: true })).toBe(1);
    expect(await ids("q=medisense")).toEqual(["en-med"]);
  });

  it("counts a change as soon as it is committed (the in-memory facets follow directory_version)", async () => {
    const facets = async () =>
      (await app.inject({ url: "/api/v1/organizations/facets?scope=global" })).json();
    const before = (await facets()).kind.find((entry: { value: string }) => entry.value === "investor");
    expect(before).toBeUndefined();
    await store(app.services, [
      organizationRecord({ kind: "investor", scope: "global", name: { en: "Seed Fund" } }),
    ]);
    expect((await facets()).kind).toEqual(expect.arrayContaining([{ value: "investor", count: 1 }]));
  });

  it("counts a sub-sector's records under its parent too, as the industry filter finds them", async () => {
    await store(app.services, [
      organizationRecord({
        externalId: "frames-only",
        industries: ["eyewear-frames"],
        name: { en: "Frames Only" },
      }),
    ]);
    const facets = (await app.inject({ url: "/api/v1/organizations/facets?q=frames%20only" })).json();
    expect(facets.industry).toEqual(
      expect.arrayContaining([
        { value: "eyewear", count: 1 },
        { value: "eyewear-frames", count: 1 },
      ]),
    );
    expect(await ids("industry=eyewear&q=frames%20only")).toEqual(["frames-only"]);
  });

  it("refuses bad filter values naming the field", async () => {
    const response = await app.inject({ url: "/api/v1/organizations?market=usa" });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0].field).toBe("market");
  });
});
