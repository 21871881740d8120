import { describe, expect, it } from "vitest";
import { defaultWeights } from "./features.ts";
import { capabilityScore, featuresOf, rankOrganizations, type WantSpec } from "./rank.ts";
import { encodeOrganizations } from "./snapshot.ts";

const row = (id: string, offerConcepts: string[], overrides: Record<string, unknown> = {}) => ({
  id,
  kind: "manufacturer" as const,
  scope: "local" as const,
  stage: null,
  country: "KR",
  industries: [],
  targetMarkets: [],
  offerConcepts,
  seekConcepts: [],
  ...overrides,
});

describe("ranking local organizations", () => {
  const snapshot = encodeOrganizations(1, [
    row("frames", ["eyewear-frames", "titanium"]),
    row("eyewear", ["eyewear"]),
    row("frames-too", ["eyewear-frames"]),
    row("sauce", ["sauces-condiments"]),
    row("global-frames", ["eyewear-frames"], { scope: "global" }),
    row("lab", ["eyewear-frames", "titanium"], { kind: "university" }),
  ]);
  const want: WantSpec = {
    kind: "oem-sourcing",
    industries: [],
    stages: [],
    markets: [],
    wants: ["eyewear-frames", "titanium"],
  };

  it("scores through the postings exactly as pair by pair", () => {
    const ranked = rankOrganizations(snapshot, want, defaultWeights, { limit: 10, skip: () => false });
    for (const item of ranked.top) {
      const pair = featuresOf(
        want,
        {
          kind: snapshot.kind[item.position]!,
          stage: null,
          industries: [],
          markets: [],
          offers: snapshot.offers[item.position]!,
          seeks: [],
        },
        snapshot.idf,
      );
      expect(item.features.capability).toBeCloseTo(pair.capability!, 10);
    }
  });

  it("ranks full evidence first, a broader field below, and leaves out partners and unrelated records", () => {
    const ranked = rankOrganizations(snapshot, want, defaultWeights, { limit: 10, skip: () => false });
    const order = ranked.top.map((item) => snapshot.id[item.position]);
    expect(order[0]).toBe("frames");
    expect(order).not.toContain("sauce");
    expect(order).not.toContain("global-frames");
    expect(order.indexOf("eyewear")).toBeGreaterThan(order.indexOf("frames-too"));
    expect(order.indexOf("lab")).toBeGreaterThan(order.indexOf("frames-too"));
    expect(ranked.near.map((item) => snapshot.id[item.position])).toEqual([]);
  });

  it("gives a broader field half the credit of the concept asked for", () => {
    const only = (offers: string[]) => capabilityScore(["eyewear-frames"], offers, () => 1);
    expect(only(["eyewear-frames"])).toBe(1);
    expect(only(["eyewear"])).toBeCloseTo(0.75, 5); // half of the ask, against two thirds for full credit
    expect(only(["sauces-condiments"])).toBe(0);
    expect(capabilityScore([], ["eyewear"], () => 1)).toBeNull();
  });

  it("skips what it is told to (dismissed matches, the owner)", () => {
    const frames = snapshot.position.get("frames")!;
    const ranked = rankOrganizations(snapshot, want, defaultWeights, {
      limit: 10,
      skip: (at) => at === frames,
    });
    expect(ranked.top.map((item) => snapshot.id[item.position])).not.toContain("frames");
  });
});
