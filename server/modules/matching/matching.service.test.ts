import { beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../testing/app.ts";
import { opportunityRecord, organizationRecord, store, testAdmin } from "../../testing/factories.ts";
import { idOf, members } from "../../testing/members.ts";

type Setup = Awaited<ReturnType<typeof createTestApp>>;

/** The matching engine on real PostgreSQL: cross-lingual evidence, kinds, stages, deadlines, feedback. */
describe("matching", () => {
  let setup: Setup;
  const ids: Record<string, string> = {};
  const opportunityId = async (externalId: string) => {
    const { items } = await setup.services.opportunities.list({ externalId }, { limit: 1, offset: 0 });
    return items[0]!.id;
  };

  beforeAll(async () => {
    setup = await createTestApp();
    await store(setup.services, [
      organizationRecord({
        externalId: "meta",
        kind: "big-tech",
        scope: "global",
        country: "US",
        name: { en: "Meta" },
      }),
      organizationRecord({
        externalId: "la-foods",
        kind: "buyer",
        scope: "global",
        country: "US",
        name: { en: "LA Foods" },
        seeking: { en: "Korean sauces and fermented condiments for US grocery chains" },
      }),
      organizationRecord({
        externalId: "ko-frames",
        kind: "manufacturer",
        name: { ko: "한빛광학" },
        summary: { ko: "티타늄 안경테 OEM 제조사" },
        targetMarkets: ["US"],
      }),
      organizationRecord({
        externalId: "en-frames",
        kind: "manufacturer",
        name: { en: "Bright Optics" },
        summary: { en: "Acetate and titanium spectacle frames for global brands" },
        targetMarkets: ["JP"],
      }),
      organizationRecord({
        externalId: "lab-frames",
        kind: "university",
        name: { ko: "안경광학연구실" },
        summary: { ko: "티타늄 안경테 소재 연구" },
      }),
      organizationRecord({
        externalId: "ko-sauce",
        kind: "sme",
        name: { ko: "달구벌장류" },
        summary: { ko: "고추장과 된장을 만드는 전통 장류 식품 기업" },
        seeking: { ko: "미국 수출과 유통 파트너" },
        industries: ["food"],
      }),
      organizationRecord({
        externalId: "ev-seed",
        kind: "startup",
        stage: "seed",
        name: { en: "VoltCell" },
        summary: { en: "Battery management systems for electric vehicles" },
      }),
      organizationRecord({
        externalId: "ev-growth",
        kind: "startup",
        stage: "growth",
        name: { ko: "대구모빌리티" },
        summary: { ko: "전기차 배터리 관리 시스템" },
      }),
      organizationRecord({
        externalId: "la-office",
        kind: "overseas-office",
        scope: "global",
        country: "US",
        name: { ko: "대구시 LA사무소", en: "Daegu LA Office" },
      }),
      organizationRecord({
        externalId: "jp-buyer",
        kind: "buyer",
        scope: "global",
        country: "JP",
        name: { en: "Osaka Optical" },
      }),
      opportunityRecord("jp-buyer", {
        externalId: "jp-frames",
        kind: "procurement",
        title: { en: "Titanium eyewear frames for Japan" },
      }),
      opportunityRecord("meta", {
        externalId: "ai-glasses",
        kind: "oem-sourcing",
        title: { en: "Titanium eyewear frame OEM for AI glasses" },
        industries: ["eyewear"],
        markets: ["US"],
      }),
      opportunityRecord("la-foods", {
        externalId: "sauces",
        kind: "distribution",
        title: { ko: "미국 한식 소스 유통 파트너 모집" },
        description: { ko: "고추장, 된장 등 장류 제품" },
        markets: ["US"],
      }),
      opportunityRecord("meta", {
        externalId: "ev-program",
        kind: "program",
        title: { en: "EV battery startup program" },
        stages: ["seed", "series-a"],
      }),
      opportunityRecord("meta", {
        externalId: "old-ev",
        kind: "pilot",
        title: { en: "Battery management pilot" },
        deadline: "2020-01-01",
      }),
      opportunityRecord("meta", {
        externalId: "closed-ev",
        kind: "pilot",
        title: { en: "Electric vehicle battery pilot" },
        status: "closed",
      }),
    ]);
    for (const externalId of [
      "meta",
      "la-foods",
      "ko-frames",
      "en-frames",
      "lab-frames",
      "ko-sauce",
      "ev-seed",
      "ev-growth",
    ])
      ids[externalId] = await idOf(setup, externalId);
  });

  it("ranks Korean-only and English-only makers for an English post, citing both sides' words", async () => {
    const { items, nearMisses } = await setup.services.matching.candidates(
      testAdmin.actor,
      await opportunityId("ai-glasses"),
      { limit: 10 },
    );
    const order = items.map((item) => item.organization.externalId);
    expect(order.slice(0, 2).sort()).toEqual(["en-frames", "ko-frames"]);
    // The US-targeting maker ranks first; the university is of the wrong kind for OEM sourcing.
    expect(order[0]).toBe("ko-frames");
    const top = items[0]!;
    expect(top.score).toBeGreaterThan(0.6);
    expect(top.score).toBeLessThanOrEqual(1);
    const capability = top.reasons.filter((r) => r.code === "capability");
    const frames = capability.find((r) => r.text.en.includes("“eyewear frame”"));
    expect(frames?.text.en).toContain("profile says “안경테”");
    expect(frames?.text.ko).toContain("한빛광학 프로필에 ‘안경테’");
    expect(top.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["kind", "market"]));
    const second = items[1]!;
    expect(second.gaps.map((g) => g.code)).toContain("market-mismatch");
    const lab = [...items, ...nearMisses].find((item) => item.organization.externalId === "lab-frames");
    expect(lab?.gaps.map((g) => g.code)).toContain("kind-mismatch");
    expect(order.indexOf("lab-frames")).not.toBe(0);
  });

  it("explains one pair the way the lists do, for the opportunity's page", async () => {
    const glasses = await opportunityId("ai-glasses");
    const fit = await setup.services.matching.fit(testAdmin.actor, ids["ko-frames"]!, glasses);
    const { items } = await setup.services.matching.candidates(testAdmin.actor, glasses, { limit: 10 });
    const listed = items.find((item) => item.organization.externalId === "ko-frames")!;
    expect(fit.score).toBe(listed.score);
    expect(fit.reasons).toEqual(listed.reasons);
  });

  it("finds an English query's Korean-only companies the other way round, and reads their intent", async () => {
    const { items } = await setup.services.matching.opportunitiesFor(testAdmin.actor, ids["ko-sauce"]!, {
      limit: 10,
    });
    expect(items[0]?.opportunity.externalId).toBe("sauces");
    expect(items[0]?.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["capability", "intent"]));
  });

  it("leaves out closed and expired opportunities unless asked, and says why when asked", async () => {
    const open = await setup.services.matching.opportunitiesFor(testAdmin.actor, ids["ev-seed"]!, {
      limit: 10,
    });
    expect(open.items.map((item) => item.opportunity.externalId)).toEqual(["ev-program"]);
    const all = await setup.services.matching.opportunitiesFor(testAdmin.actor, ids["ev-seed"]!, {
      limit: 10,
      includeClosed: true,
    });
    const gaps = Object.fromEntries(
      all.items.map((item) => [item.opportunity.externalId, item.gaps.map((g) => g.code)]),
    );
    expect(gaps["old-ev"]).toContain("expired");
    expect(gaps["closed-ev"]).toContain("closed");
  });

  it("puts a stage outside the range below one inside it, with the stage as the gap", async () => {
    const { items, nearMisses } = await setup.services.matching.candidates(
      testAdmin.actor,
      await opportunityId("ev-program"),
      { limit: 1 },
    );
    expect(items.map((item) => item.organization.externalId)).toEqual(["ev-seed"]);
    expect(items[0]!.reasons.map((r) => r.code)).toContain("stage");
    expect(nearMisses.map((item) => item.organization.externalId)).toEqual(["ev-growth"]);
    expect(nearMisses[0]!.gaps.map((g) => g.code)).toContain("stage-mismatch");
  });

  it("suggests partners to a company from what they seek, and companies to a partner", async () => {
    const forCompany = await setup.services.matching.suggestions(testAdmin.actor, ids["ko-sauce"]!, {
      limit: 5,
    });
    expect(forCompany.items[0]?.organization.externalId).toBe("la-foods");
    const forPartner = await setup.services.matching.suggestions(testAdmin.actor, ids["la-foods"]!, {
      limit: 5,
    });
    expect(forPartner.items[0]?.organization.externalId).toBe("ko-sauce");
  });

  it("shows matches only to their sides and brokers, and 404s unknown ids", async () => {
    const people = members(setup);
    const company = await people.memberOf("owner@hanbit.example", ids["ko-frames"]!);
    const other = await people.memberOf("owner@bright.example", ids["en-frames"]!);
    const partner = await people.memberOf("owner@meta.example", ids.meta!);
    const glasses = await opportunityId("ai-glasses");
    await expect(
      setup.services.matching.opportunitiesFor(company.actor, ids["ko-frames"]!, { limit: 5 }),
    ).resolves.toBeDefined();
    await expect(
      setup.services.matching.opportunitiesFor(other.actor, ids["ko-frames"]!, { limit: 5 }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      setup.services.matching.candidates(partner.actor, glasses, { limit: 5 }),
    ).resolves.toBeDefined();
    await expect(
      setup.services.matching.candidates(company.actor, glasses, { limit: 5 }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(setup.services.matching.candidates(undefined, glasses, { limit: 5 })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    await expect(
      setup.services.matching.candidates(partner.actor, "0190a0a0-0000-7000-8000-000000000000", { limit: 5 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("shows an overseas office the candidates of partners in its country and local companies' matches only", async () => {
    const staff = await members(setup).memberOf("staff@la-office.example", await idOf(setup, "la-office"));
    const matching = setup.services.matching;
    await expect(
      matching.candidates(staff.actor, await opportunityId("ai-glasses"), { limit: 5 }),
    ).resolves.toBeDefined();
    await expect(
      matching.candidates(staff.actor, await opportunityId("jp-frames"), { limit: 5 }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      matching.opportunitiesFor(staff.actor, ids["ko-frames"]!, { limit: 5 }),
    ).resolves.toBeDefined();
    await expect(
      matching.suggestions(staff.actor, await idOf(setup, "jp-buyer"), { limit: 5 }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("never shows a dismissed match again, records the verdict and audits it", async () => {
    const people = members(setup);
    const partner = await people.memberOf("scout@meta.example", ids.meta!);
    const glasses = await opportunityId("ai-glasses");
    const judged = await setup.services.matching.judgeCandidate(partner, glasses, ids["en-frames"]!, {
      verdict: "not-useful",
      reason: "wrong-market",
    });
    expect(judged.verdict).toBe("not-useful");
    await setup.services.matching.judgeCandidate(partner, glasses, ids["ko-frames"]!, { verdict: "useful" });
    const { items, nearMisses } = await setup.services.matching.candidates(partner.actor, glasses, {
      limit: 10,
    });
    const shown = [...items, ...nearMisses].map((item) => item.organization.externalId);
    expect(shown).not.toContain("en-frames");
    expect(items.find((item) => item.organization.externalId === "ko-frames")?.verdict).toBe("useful");
    const { items: events } = await setup.services.audit.list(
      testAdmin,
      { action: "match.judge" },
      { limit: 10, offset: 0 },
    );
    expect(events.length).toBeGreaterThanOrEqual(2);
    // A company may not judge on the partner's behalf.
    const company = await people.memberOf("staff@hanbit.example", ids["ko-frames"]!);
    await expect(
      setup.services.matching.judgeCandidate(company, glasses, ids["ko-frames"]!, { verdict: "useful" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
