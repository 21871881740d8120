import {
  type MatchFeatures,
  type MatchWeights,
  matchFeatureNames,
} from "../../../contracts/matching/vocabulary.ts";
import type { OpportunityKind } from "../../../contracts/opportunities/opportunity.ts";
import { type OrganizationKind, type Stage, stages } from "../../../contracts/organizations/organization.ts";

/**
 * What a match compares, each side reduced to plain values. A "want" is an opportunity, or a partner's
 * profile read as one (suggestions); an "offer" is a local organization.
 */
export type Want = {
  kind: OpportunityKind;
  industries: readonly string[];
  stages: readonly Stage[];
  markets: readonly string[];
};
export type Offer = {
  kind: OrganizationKind;
  stage: Stage | null;
  /** Industry codes with their parents (a frames maker is in eyewear too). */
  industries: readonly string[];
  markets: readonly string[];
};

/** The starting weights, before any feedback (docs/decisions/021-match-scoring.md). */
export const defaultWeights: MatchWeights = {
  capability: 0.5,
  industry: 0.15,
  kind: 0.15,
  stage: 0.08,
  market: 0.07,
  intent: 0.05,
};

/**
 * How well each kind of organization fits each kind of opportunity: manufacturers for OEM sourcing,
 * startups for investment and programs, and so on. Kinds not listed get 0 (a university is no OEM).
 */
const kindFit: Record<OpportunityKind, Partial<Record<OrganizationKind, number>>> = {
  "oem-sourcing": { manufacturer: 1, sme: 0.85, enterprise: 0.7, startup: 0.5, "research-institute": 0.1 },
  procurement: { manufacturer: 1, sme: 1, enterprise: 0.8, startup: 0.7, "research-institute": 0.2 },
  investment: { startup: 1, sme: 0.5, manufacturer: 0.3, enterprise: 0.2 },
  program: { startup: 1, sme: 0.6, manufacturer: 0.3, university: 0.3, "research-institute": 0.3 },
  pilot: {
    startup: 1,
    sme: 0.8,
    manufacturer: 0.6,
    enterprise: 0.5,
    "research-institute": 0.5,
    university: 0.4,
  },
  distribution: { manufacturer: 1, sme: 1, startup: 0.8, enterprise: 0.8 },
  event: {
    startup: 1,
    sme: 1,
    manufacturer: 1,
    enterprise: 0.8,
    university: 0.6,
    "research-institute": 0.6,
    "public-agency": 0.3,
  },
  other: {
    startup: 0.8,
    sme: 0.8,
    manufacturer: 0.8,
    enterprise: 0.7,
    university: 0.5,
    "research-institute": 0.5,
    "public-agency": 0.3,
  },
};

export function kindScore(want: OpportunityKind, offer: OrganizationKind): number {
  return kindFit[want][offer] ?? 0;
}

/** 1 inside the stages asked for, 0.5 one step away, 0.4 when the organization does not say, else 0. */
export function stageScore(wanted: readonly Stage[], stage: Stage | null): number | null {
  if (wanted.length === 0) return null;
  if (!stage) return 0.4;
  if (wanted.includes(stage)) return 1;
  const at = stages.indexOf(stage);
  return wanted.some((s) => Math.abs(stages.indexOf(s) - at) === 1) ? 0.5 : 0;
}

/** 1 when the organization already targets a market asked for, 0.5 when it names none, 0.2 otherwise. */
export function marketScore(wanted: readonly string[], markets: readonly string[]): number | null {
  if (wanted.length === 0) return null;
  if (markets.length === 0) return 0.5;
  return markets.some((m) => wanted.includes(m)) ? 1 : 0.2;
}

/** 1 for a code asked for (or its sub-sector), 0.5 for the same parent sector only, else 0. */
export function industryScore(
  wanted: readonly string[],
  has: readonly string[],
  parentOf: (code: string) => string | undefined,
): number | null {
  if (wanted.length === 0) return null;
  let best = 0;
  for (const code of wanted) {
    if (has.includes(code)) return 1;
    const parent = parentOf(code);
    if (parent && has.includes(parent)) best = 0.5;
  }
  return best;
}

/**
 * The score: the weighted mean of the features both sides speak to, then two hard requirements — the
 * wrong kind of organization halves it, a stage outside the range cuts a quarter — so a perfect
 * capability fit of the wrong kind ranks below a good fit of the right one and shows as a near miss.
 */
export function scoreOf(features: MatchFeatures, weights: MatchWeights): number {
  let sum = 0;
  let total = 0;
  for (const name of matchFeatureNames) {
    const value = features[name];
    if (value === null) continue;
    sum += weights[name] * value;
    total += weights[name];
  }
  const mean = total > 0 ? sum / total : 0;
  return mean * hardFactor(features);
}

export function hardFactor(features: MatchFeatures): number {
  return (features.kind !== null && features.kind < 0.2 ? 0.5 : 1) * (features.stage === 0 ? 0.75 : 1);
}

/** A requirement the organization misses that the score punishes hard: what makes a near miss. */
export function missesHard(features: MatchFeatures): boolean {
  return hardFactor(features) < 1 || features.market === 0.2;
}
