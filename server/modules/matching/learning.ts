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
  const w = matchFeatureNames.map((name) => start[name]);
  const prior = [...w];
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const gradient = w.map((value, j) => PRIOR * (value - prior[j]!));
    for (const { features, useful } of samples) {
      let sum = 0;
      let total = 0;
      matchFeatureNames.forEach((name, j) => {
        const value = features[name];
        if (value === null) return;
        sum += w[j]! * value;
        total += w[j]!;
      });
      if (total === 0) continue;
      const mean = sum / total;
      const factor = hardFactor(features);
      const error = (mean * factor - (useful ? 1 : 0)) / samples.length;
      matchFeatureNames.forEach((name, j) => {
        const value = features[name];
        if (value !== null) gradient[j]! += (error * factor * (value - mean)) / total;
      });
    }
    gradient.forEach((g, j) => {
      w[j] = Math.max(FLOOR, w[j]! - RATE * g);
    });
  }
  const sum = w.reduce((a, b) => a + b, 0);
  return Object.fromEntries(matchFeatureNames.map((name, j) => [name, round(w[j]! / sum)])) as MatchWeights;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;
