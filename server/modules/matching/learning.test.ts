import { describe, expect, it } from "vitest";
import type { MatchFeatures } from "../../../contracts/matching/match.ts";
import { defaultWeights } from "./features.ts";
import { fitWeights, MIN_SAMPLES } from "./learning.ts";

const features = (overrides: Partial<MatchFeatures>): MatchFeatures => ({
  capability: 0.5,
  industry: 0.5,
  kind: 1,
  stage: null,
  market: 0.5,
  intent: null,
  ...overrides,
});

describe("fitting the weights to verdicts", () => {
  it("keeps the defaults until there are enough verdicts", () => {
    const few = Array.from({ length: MIN_SAMPLES - 1 }, () => ({ features: features({}), useful: true }));
    expect(fitWeights(few)).toEqual(defaultWeights);
  });

  it("moves weight to the feature that tells useful from not useful, and away from one that misleads", () => {
    // Useful matches share capabilities but not markets; the rejected ones share markets only.
    const samples = [
      ...Array.from({ length: 30 }, () => ({
        features: features({ capability: 1, market: 0.2 }),
        useful: true,
      })),
      ...Array.from({ length: 30 }, () => ({
        features: features({ capability: 0.1, market: 1 }),
        useful: false,
      })),
    ];
    const learned = fitWeights(samples);
    expect(learned.capability).toBeGreaterThan(defaultWeights.capability);
    expect(learned.market).toBeLessThan(defaultWeights.market);
    const sum = Object.values(learned).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 3);
    for (const weight of Object.values(learned)) expect(weight).toBeGreaterThanOrEqual(0.02 / 1.01);
  });

  it("leaves the weight of a feature no verdict spoke to where the prior holds it", () => {
    const samples = Array.from({ length: 40 }, (_, i) => ({
      features: features({ capability: i % 2 ? 1 : 0 }),
      useful: i % 2 === 1,
    }));
    const learned = fitWeights(samples);
    // Stage and intent were null in every sample: only the renormalization moves them.
    expect(learned.stage / learned.intent).toBeCloseTo(defaultWeights.stage / defaultWeights.intent, 2);
  });
});
