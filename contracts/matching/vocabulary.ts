/**
 * The matching vocabulary without Zod, safe to ship to the browser (the strict CSP forbids what Zod
 * probes for). `match.ts` re-exports it next to the schemas.
 */

/**
 * What a match score is made of, each in 0..1: shared capabilities (concepts named on both sides),
 * industries, the kind of organization against the kind of opportunity, stage, markets, and whether the
 * company itself says it wants what is offered (its `seeking` text).
 */
export const matchFeatureNames = ["capability", "industry", "kind", "stage", "market", "intent"] as const;
export type MatchFeatureName = (typeof matchFeatureNames)[number];
/** A feature is null when one side says nothing about it (an opportunity open to every stage). */
export type MatchFeatures = Record<MatchFeatureName, number | null>;
export type MatchWeights = Record<MatchFeatureName, number>;

/** Who judges a match: the company it was suggested to, or the partner (an opportunity's owner). */
export const matchSides = ["company", "partner"] as const;
export type MatchSide = (typeof matchSides)[number];
export const verdicts = ["useful", "not-useful"] as const;
export type Verdict = (typeof verdicts)[number];
export const feedbackReasons = [
  "wrong-capability",
  "wrong-industry",
  "wrong-kind",
  "wrong-stage",
  "wrong-market",
  "already-known",
  "not-now",
  "other",
] as const;
export type FeedbackReason = (typeof feedbackReasons)[number];
