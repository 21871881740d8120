import {
  type MatchFeatures,
  type MatchWeights,
  matchFeatureNames,
} from "../../../contracts/matching/match.ts";
import { defaultWeights, hardFactor } from "./features.ts";

export type Sample = { features: MatchFeatures; useful: boolean };

/** Fewer verdicts than this leave the default weights in place: a handful of clicks is noise. */
export const MIN_SAMPLES = 10;
const EPOCHS = 300;
const RATE = 0.5;
/** How strongly the weights are held to the defaults (L2); larger = slower to move. */
const PRIOR = 0.05;
const FLOOR = 0.02;

/**
 * Fits the weights to the verdicts (docs/decisions/021-match-scoring.md): batch gradient descent on the
 * squared error between each judged match's score and its verdict (useful = 1, not useful = 0),
 * starting from and regularized toward the defaults. The score is a weighted mean over the features
 * both sides speak to, so its gradient for weight j is (f_j − mean) / Σw. Weights stay ≥ 0.02 and are
 * scaled to sum to 1, so a learned model reads like the default one.
 */
export function fitWeights(samples: readonly Sample[], start: MatchWeights = defaultWeights): MatchWeights {
  if (samples.length < MIN_SAMPLES) return { ...start };
  const groups = grouped(samples);
  const w = matchFeatureNames.map((name) => start[name]);
  const prior = [...w];
  const n = samples.length;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const gradient = w.map((value, j) => PRIOR * (value - prior[j]!));
    for (const { values, factor, useful, total: count } of groups) {
      let sum = 0;
      let total = 0;
      for (let j = 0; j < values.length; j++) {
        const value = values[j]!;
        if (Number.isNaN(value)) continue;
        sum += w[j]! * value;
        total += w[j]!;
      }
      if (total === 0) continue;
      const mean = sum / total;
      // d/ds of Σ ½(s − y)² over the group's verdicts: count·s − (number useful).
      const error = (count * mean * factor - useful) / n;
      for (let j = 0; j < values.length; j++) {
        const value = values[j]!;
        if (!Number.isNaN(value)) gradient[j]! += (error * factor * (value - mean)) / total;
      }
    }
    gradient.forEach((g, j) => {
      w[j] = Math.max(FLOOR, w[j]! - RATE * g);
    });
  }
  const sum = w.reduce((a, b) => a + b, 0);
  return Object.fromEntries(matchFeatureNames.map((name, j) => [name, round(w[j]! / sum)])) as MatchWeights;
}

/**
 * Verdicts on matches with the same features (rounded to 0.05), counted together: thousands of verdicts
 * become a few hundred groups, so a refit takes a millisecond or two and can follow every verdict.
 */
function grouped(samples: readonly Sample[]) {
  const groups = new Map<string, { values: number[]; factor: number; useful: number; total: number }>();
  for (const { features, useful } of samples) {
    const values = matchFeatureNames.map((name) => {
      const value = features[name];
      return value === null ? Number.NaN : Math.round(value * 20) / 20;
    });
    const key = values.join(",");
    let group = groups.get(key);
    if (!group) {
      group = { values, factor: hardFactor(features), useful: 0, total: 0 };
      groups.set(key, group);
    }
    group.total++;
    if (useful) group.useful++;
  }
  return [...groups.values()];
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;
