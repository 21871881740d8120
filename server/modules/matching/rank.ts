import { parentOf } from "../../../contracts/industries/taxonomy.ts";
import type { MatchFeatures, MatchWeights } from "../../../contracts/matching/match.ts";
import type { OpportunityKind } from "../../../contracts/opportunities/opportunity.ts";
import type { OrganizationKind } from "../../../contracts/organizations/organization.ts";
import {
  industryScore,
  kindScore,
  marketScore,
  missesHard,
  type Offer,
  scoreOf,
  stageScore,
  type Want,
} from "./features.ts";
import type { OpportunityEntry, OpportunitySnapshot, OrganizationSnapshot } from "./snapshot.ts";
import { broaderOf, intentsOf, isCapability } from "./vocabulary.ts";

/** A want with the capability concepts it asks for. */
export type WantSpec = Want & { wants: readonly string[] };
/** An offer with the concepts it offers (broader ones added) and the ones it seeks. */
export type OfferSpec = Offer & { offers: readonly string[]; seeks: readonly string[] };
export type Scored = { position: number; features: MatchFeatures; score: number };
export type Ranked = { top: Scored[]; near: Scored[] };

/**
 * Covering two thirds of what is asked (weighted by rarity) already counts as a full capability fit:
 * posts list more than any one supplier does ("frames, hinges, lenses, coatings").
 */
const FULL_COVERAGE = 2 / 3;
const NEAR_MISSES = 3;

/** The share of the asked capabilities (rarer ones weigh more) that the offer shows; a broader one counts half. */
export function capabilityScore(
  wants: readonly string[],
  offers: readonly string[],
  idf: (concept: string) => number,
): number | null {
  if (wants.length === 0) return null;
  let asked = 0;
  let got = 0;
  for (const concept of wants) {
    const weight = idf(concept);
    asked += weight;
    if (offers.includes(concept)) got += weight;
    else if (broaderOf(concept).some((b) => offers.includes(b))) got += weight / 2;
  }
  return asked > 0 ? Math.min(1, got / asked / FULL_COVERAGE) : 0;
}

export function featuresOf(
  want: WantSpec,
  offer: OfferSpec,
  idf: (concept: string) => number,
  capability = capabilityScore(want.wants, offer.offers, idf),
): MatchFeatures {
  const intents = intentsOf(want.kind);
  return {
    capability,
    industry: industryScore(want.industries, offer.industries, parentOf),
    kind: kindScore(want.kind, offer.kind),
    stage: stageScore(want.stages, offer.stage),
    market: marketScore(want.markets, offer.markets),
    // A bonus only: most companies leave `seeking` empty and must not lose for it.
    intent: offer.seeks.some((concept) => intents.includes(concept)) ? 1 : null,
  };
}

/** Something to match on at all: a shared capability or industry. */
const related = (features: MatchFeatures) => (features.capability ?? 0) > 0 || (features.industry ?? 0) > 0;

export function offerAt(snapshot: OrganizationSnapshot, at: number): OfferSpec {
  return {
    kind: snapshot.kind[at]!,
    stage: snapshot.stage[at]!,
    industries: snapshot.industries[at]!,
    markets: snapshot.markets[at]!,
    offers: snapshot.offers[at]!,
    seeks: snapshot.seeks[at]!,
  };
}

export function wantOf(entry: OpportunityEntry): WantSpec {
  return entry;
}

/** A partner's profile read as a standing opportunity: what its kind does with local companies. */
const partnerKinds: Partial<Record<OrganizationKind, OpportunityKind>> = {
  buyer: "procurement",
  enterprise: "procurement",
  "big-tech": "pilot",
  investor: "investment",
  accelerator: "program",
  manufacturer: "oem-sourcing",
};

export function partnerWant(snapshot: OrganizationSnapshot, at: number): WantSpec {
  const seeks = snapshot.seeks[at]!.filter(isCapability);
  return {
    kind: partnerKinds[snapshot.kind[at]!] ?? "other",
    industries: snapshot.industries[at]!,
    stages: [],
    markets: snapshot.country[at] ? [snapshot.country[at]!] : [],
    // What it says it seeks; without a `seeking` text, its own field is the best guess.
    wants: seeks.length > 0 ? seeks : snapshot.offers[at]!,
  };
}

/** The best `limit` by score, kept sorted while scanning (no sort of every candidate). */
class Best {
  readonly items: Scored[] = [];
  private readonly size: number;
  constructor(size: number) {
    this.size = size;
  }
  offer(item: Scored) {
    const items = this.items;
    if (items.length === this.size && item.score <= items[items.length - 1]!.score) return;
    let low = 0;
    let high = items.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (items[mid]!.score >= item.score) low = mid + 1;
      else high = mid;
    }
    items.splice(low, 0, item);
    if (items.length > this.size) items.pop();
  }
}

/**
 * Local organizations for a want: only those sharing a capability concept are scored. Each asked concept
 * adds its weight to the organizations offering it, and half to those offering only its broader concept,
 * through the postings lists — the same arithmetic as capabilityScore, without touching the rest.
 */
export function rankOrganizations(
  snapshot: OrganizationSnapshot,
  want: WantSpec,
  weights: MatchWeights,
  options: { limit: number; skip: (at: number) => boolean },
): Ranked {
  const got = new Float64Array(snapshot.size);
  const stamp = new Int32Array(snapshot.size);
  const touched: number[] = [];
  let asked = 0;
  want.wants.forEach((concept, i) => {
    const weight = snapshot.idf(concept);
    asked += weight;
    const mark = i + 1;
    for (const at of snapshot.postings.get(concept) ?? []) {
      if (stamp[at] === 0) touched.push(at);
      got[at] = got[at]! + weight;
      stamp[at] = mark;
    }
    for (const broader of broaderOf(concept)) {
      for (const at of snapshot.postings.get(broader) ?? []) {
        if (stamp[at] === mark || stamp[at] === -mark) continue;
        if (stamp[at] === 0) touched.push(at);
        got[at] = got[at]! + weight / 2;
        stamp[at] = -mark;
      }
    }
  });
  const best = new Best(options.limit);
  const near = new Best(options.limit + NEAR_MISSES);
  const consider = (at: number, capability: number | null) => {
    if (options.skip(at)) return;
    const features = featuresOf(want, offerAt(snapshot, at), snapshot.idf, capability);
    if (!related(features)) return;
    const scored = { position: at, features, score: scoreOf(features, weights) };
    best.offer(scored);
    if (missesHard(features) && (features.capability ?? 0) >= 0.5) near.offer(scored);
  };
  if (asked > 0) {
    for (const at of touched) consider(at, Math.min(1, got[at]! / asked / FULL_COVERAGE));
  }
  return finish(best, near);
}

/** Open opportunities for a local organization: ten thousand are scored in a few milliseconds. */
export function rankOpportunities(
  opportunities: OpportunitySnapshot,
  offer: OfferSpec,
  idf: (concept: string) => number,
  weights: MatchWeights,
  options: { limit: number; skip: (entry: OpportunityEntry) => boolean },
): Ranked {
  const best = new Best(options.limit);
  const near = new Best(options.limit + NEAR_MISSES);
  opportunities.entries.forEach((entry, at) => {
    if (options.skip(entry)) return;
    const features = featuresOf(entry, offer, idf);
    if (!related(features)) return;
    const scored = { position: at, features, score: scoreOf(features, weights) };
    best.offer(scored);
    if (missesHard(features) && (features.capability ?? 0) >= 0.5) near.offer(scored);
  });
  return finish(best, near);
}

/** Partners for a local organization, each partner's profile read as a want. */
export function rankPartners(
  snapshot: OrganizationSnapshot,
  offer: OfferSpec,
  weights: MatchWeights,
  options: { limit: number; skip: (at: number) => boolean },
): Ranked {
  const best = new Best(options.limit);
  const near = new Best(options.limit + NEAR_MISSES);
  for (const at of snapshot.partners) {
    if (options.skip(at)) continue;
    const features = featuresOf(partnerWant(snapshot, at), offer, snapshot.idf);
    if (!related(features)) continue;
    const scored = { position: at, features, score: scoreOf(features, weights) };
    best.offer(scored);
    if (missesHard(features) && (features.capability ?? 0) >= 0.5) near.offer(scored);
  }
  return finish(best, near);
}

function finish(best: Best, near: Best): Ranked {
  const top = best.items;
  const shown = new Set(top.map((item) => item.position));
  return { top, near: near.items.filter((item) => !shown.has(item.position)).slice(0, NEAR_MISSES) };
}
