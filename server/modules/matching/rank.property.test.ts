import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { organizationKinds, stages } from "../../../contracts/organizations/organization.ts";
import { defaultWeights, scoreOf } from "./features.ts";
import { featuresOf, offerAt, rankOpportunities, rankOrganizations, type WantSpec } from "./rank.ts";
import type { OpportunityEntry, OpportunitySnapshot } from "./snapshot.ts";
import { encodeOrganizations } from "./snapshot.ts";

// Real dictionary concepts, with broader ones among them (eyewear-frames → eyewear), so half credit is exercised.
const pool = [
  "eyewear",
  "eyewear-frames",
  "smart-glasses",
  "sunglasses",
  "lens",
  "food",
  "sauces-condiments",
  "semiconductors",
  "robotics",
  "oem",
  "mass-production",
  "titanium",
];
const subset = fc.subarray(pool, { maxLength: 5 });

const organization = fc.record({
  kind: fc.constantFrom(...organizationKinds),
  local: fc.boolean(),
  stage: fc.option(fc.constantFrom(...stages), { nil: null }),
  offers: subset,
  markets: fc.subarray(["US", "JP", "DE"]),
});

/**
 * The postings walk must rank exactly as scoring every local organization pair by pair would: the same
 * organizations, in the same order of scores.
 */
describe("rankOrganizations", () => {
  it("equals a pair-by-pair scan of every local organization", () => {
    fc.assert(
      fc.property(
        fc.array(organization, { minLength: 1, maxLength: 40 }),
        subset,
        fc.constantFrom("oem-sourcing", "investment", "program", "pilot", "distribution"),
        fc.subarray([...stages], { maxLength: 2 }),
        fc.integer({ min: 1, max: 10 }),
        (rows, wants, kind, wantedStages, limit) => {
          const snapshot = encodeOrganizations(
            1,
            rows.map((row, i) => ({
              id: `org-${i}`,
              kind: row.kind,
              scope: row.local ? ("local" as const) : ("global" as const),
              stage: row.stage,
              country: "KR",
              industries: [],
              targetMarkets: row.markets,
              offerConcepts: row.offers,
              seekConcepts: [],
            })),
          );
          const want: WantSpec = { kind, industries: [], stages: wantedStages, markets: ["US"], wants };
          const ranked = rankOrganizations(snapshot, want, defaultWeights, { limit, skip: () => false });
          const scanned = rows
            .map((_, at) => {
              const features = featuresOf(want, offerAt(snapshot, at), snapshot.idf);
              return { at, features, score: scoreOf(features, defaultWeights) };
            })
            .filter(({ at, features }) => snapshot.local[at] && (features.capability ?? 0) > 0)
            .sort((a, b) => b.score - a.score)
            .slice(0, limit);
          expect(ranked.top.map((item) => item.score)).toEqual(
            scanned.map((item) => expect.closeTo(item.score, 10) as unknown as number),
          );
          for (const item of ranked.top) expect(snapshot.local[item.position]).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("rankOpportunities equals scoring every open opportunity pair by pair", () => {
    const entry = fc.record({
      wants: subset,
      kind: fc.constantFrom(
        "oem-sourcing" as const,
        "investment" as const,
        "program" as const,
        "event" as const,
      ),
      industries: fc.subarray(["eyewear", "eyewear-frames", "food", "robotics"], { maxLength: 2 }),
      stages: fc.subarray([...stages], { maxLength: 2 }),
      markets: fc.subarray(["US", "JP"]),
      status: fc.constantFrom("open" as const, "closed" as const),
    });
    fc.assert(
      fc.property(
        fc.array(entry, { minLength: 1, maxLength: 40 }),
        organization,
        fc.integer({ min: 1, max: 10 }),
        (raw, org, limit) => {
          const snapshot = encodeOrganizations(1, [
            {
              id: "org",
              kind: org.kind,
              scope: "local",
              stage: org.stage,
              country: "KR",
              industries: ["eyewear"],
              targetMarkets: org.markets,
              offerConcepts: org.offers,
              seekConcepts: [],
            },
          ]);
          const entries: OpportunityEntry[] = raw.map((e, i) => ({
            ...e,
            id: `opp-${i}`,
            ownerId: "x",
            deadline: null,
          }));
          const opportunities: OpportunitySnapshot = { version: 1, entries, position: new Map() };
          const offer = offerAt(snapshot, 0);
          const skip = (e: OpportunityEntry) => e.status === "closed";
          const ranked = rankOpportunities(opportunities, offer, snapshot.idf, defaultWeights, {
            limit,
            skip,
          });
          const scanned = entries
            .map((e) => {
              const features = featuresOf(e, offer, snapshot.idf);
              return { e, features, score: scoreOf(features, defaultWeights) };
            })
            .filter(
              ({ e, features }) =>
                !skip(e) && ((features.capability ?? 0) > 0 || (features.industry ?? 0) > 0),
            )
            .sort((a, b) => b.score - a.score)
            .slice(0, limit);
          expect(ranked.top.map((item) => item.score)).toEqual(
            scanned.map((item) => expect.closeTo(item.score, 10) as unknown as number),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
