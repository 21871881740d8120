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
  return capabilityIn(wants, new Set(offers), idf);
}

function capabilityIn(
  wants: readonly string[],
  has: ReadonlySet<string>,
  idf: (concept: string) => number,
): number | null {
  if (wants.length === 0) return null;
  let asked = 0;
  let got = 0;
  for (const concept of wants) {
    const weight = idf(concept);
    asked += weight;
    if (has.has(concept)) got += weight;
    else if (broaderOf(concept).some((b) => has.has(b))) got += weight / 2;
  }
  return asked > 0 ? Math.min(1, got / asked / FULL_COVERAGE) : 0;
}

export function featuresOf(
  want: WantSpec,
  offer: OfferSpec,
  idf: (concept: string) => number,
  capability = capabilityScore(want.wants, offer.offers, idf),
): MatchFeatures {
  return fillFeatures(emptyFeatures(), want, offer, capability);
}

const emptyFeatures = (): MatchFeatures => ({
  capability: null,
  industry: null,
  kind: null,
  stage: null,
  market: null,
  intent: null,
});

/** The features written into `into`: the scans reuse one object and copy only what they keep. */
function fillFeatures(into: MatchFeatures, want: WantSpec, offer: OfferSpec, capability: number | null) {
  into.capability = capability;
  into.industry = industryScore(want.industries, offer.industries, parentOf);
  into.kind = kindScore(want.kind, offer.kind);
  into.stage = stageScore(want.stages, offer.stage);
  into.market = marketScore(want.markets, offer.markets);
  // A bonus only: most companies leave `seeking` empty and must not lose for it.
  into.intent = offer.seeks.length > 0 && hasIntent(offer.seeks, intentsOf(want.kind)) ? 1 : null;
  return into;
}

function hasIntent(seeks: readonly string[], intents: readonly string[]) {
  for (const concept of seeks) if (intents.includes(concept)) return true;
  return false;
}

export function offerAt(snapshot: OrganizationSnapshot, at: number, into?: OfferSpec): OfferSpec {
  const offer = into ?? ({} as OfferSpec);
  offer.kind = snapshot.kind[at]!;
  offer.stage = snapshot.stage[at]!;
  offer.industries = snapshot.industries[at]!;
  offer.markets = snapshot.markets[at]!;
  offer.offers = snapshot.offers[at]!;
  offer.seeks = snapshot.seeks[at]!;
  return offer;
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

/** The best `size` by score, kept sorted while scanning (no sort of every candidate). */
class Best {
  readonly items: Scored[] = [];
  private readonly size: number;
  constructor(size: number) {
    this.size = size;
  }
  accepts(score: number) {
    return this.items.length < this.size || score > this.items[this.items.length - 1]!.score;
  }
  offer(item: Scored) {
    if (!this.accepts(item.score)) return;
    const items = this.items;
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
 * The top list and the near misses of one scan. Features arrive in a reused object; only a match that
 * makes one of the lists is copied, and only then is `skip` (a dismissal lookup) asked.
 */
class Collector {
  private readonly best: Best;
  private readonly near: Best;
  private readonly weights: MatchWeights;
  private readonly skip: (at: number) => boolean;
  constructor(limit: number, weights: MatchWeights, skip: (at: number) => boolean) {
    this.best = new Best(limit);
    this.near = new Best(limit + NEAR_MISSES);
    this.weights = weights;
    this.skip = skip;
  }
  consider(at: number, features: MatchFeatures) {
    if (!((features.capability ?? 0) > 0 || (features.industry ?? 0) > 0)) return;
    const score = scoreOf(features, this.weights);
    const nearMiss = missesHard(features) && (features.capability ?? 0) >= 0.5;
    if (!this.best.accepts(score) && !(nearMiss && this.near.accepts(score))) return;
    if (this.skip(at)) return;
    const scored = { position: at, features: { ...features }, score };
    this.best.offer(scored);
    if (nearMiss) this.near.offer(scored);
  }
  /**
   * Whether a match whose score can be at most `bound` (and whose capability is `capability`) could
   * still enter either list: most of a broad post's tens of thousands of candidates cannot.
   */
  mayEnter(bound: number, capability: number) {
    return this.best.accepts(bound) || (capability >= 0.5 && this.near.accepts(bound * 0.75));
  }
  ranked(): Ranked {
    const top = this.best.items;
    const shown = new Set(top.map((item) => item.position));
    return { top, near: this.near.items.filter((item) => !shown.has(item.position)).slice(0, NEAR_MISSES) };
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
  const collector = new Collector(options.limit, weights, options.skip);
  const features = emptyFeatures();
  const offer = {} as OfferSpec;
  // The best any candidate can do beyond its capability: every other feature the want speaks to at 1.
  const rest =
    weights.kind +
    weights.intent +
    (want.industries.length > 0 ? weights.industry : 0) +
    (want.stages.length > 0 ? weights.stage : 0) +
    (want.markets.length > 0 ? weights.market : 0);
  if (asked > 0) {
    for (const at of touched) {
      const capability = Math.min(1, got[at]! / asked / FULL_COVERAGE);
      const bound = (weights.capability * capability + rest) / (weights.capability + rest);
      if (!collector.mayEnter(bound, capability)) continue;
      collector.consider(at, fillFeatures(features, want, offerAt(snapshot, at, offer), capability));
    }
  }
  return collector.ranked();
}

/** Open opportunities for a local organization: ten thousand are scored in a few milliseconds. */
export function rankOpportunities(
  opportunities: OpportunitySnapshot,
  offer: OfferSpec,
  idf: (concept: string) => number,
  weights: MatchWeights,
  options: { limit: number; skip: (entry: OpportunityEntry) => boolean },
): Ranked {
  const collector = new Collector(options.limit, weights, (at) => options.skip(opportunities.entries[at]!));
  const features = emptyFeatures();
  const has = new Set(offer.offers);
  const asked = askedWeights(opportunities, idf);
  const entries = opportunities.entries;
  for (let at = 0; at < entries.length; at++) {
    const entry = entries[at]!;
    const capability = coverage(entry.wants, asked.weights[at]!, asked.total[at]!, has);
    // Nothing in common at all (most of ten thousand): no capability and no shared industry.
    if (!capability && !sharesIndustry(entry.industries, offer.industries)) continue;
    const rest =
      weights.kind +
      weights.intent +
      (entry.industries.length > 0 ? weights.industry : 0) +
      (entry.stages.length > 0 ? weights.stage : 0) +
      (entry.markets.length > 0 ? weights.market : 0);
    // Without asked concepts capability is left out of the mean, so only the other features bound it.
    const bound =
      capability === null ? 1 : (weights.capability * capability + rest) / (weights.capability + rest);
    if (!collector.mayEnter(bound, capability ?? 0)) continue;
    // Closed, expired and dismissed ones are left out only now: the check is dearer than the bound.
    if (options.skip(entry)) continue;
    collector.consider(at, fillFeatures(features, entry, offer, capability));
  }
  return collector.ranked();
}

/**
 * Each opportunity's asked concepts weighed by their rarity among local organizations, computed once per
 * pair of snapshots (the weights change only when organizations do).
 */
function askedWeights(opportunities: OpportunitySnapshot, idf: (concept: string) => number) {
  let found = weighed.get(opportunities)?.get(idf);
  if (!found) {
    const weights = opportunities.entries.map((entry) => Float64Array.from(entry.wants, idf));
    found = { weights, total: Float64Array.from(weights, (w) => w.reduce((a, b) => a + b, 0)) };
    weighed.set(opportunities, new WeakMap([[idf, found]]));
  }
  return found;
}
const weighed = new WeakMap<
  OpportunitySnapshot,
  WeakMap<(concept: string) => number, { weights: Float64Array[]; total: Float64Array }>
>();

/** capabilityIn with the weights already looked up. */
function coverage(wants: readonly string[], weights: Float64Array, total: number, has: ReadonlySet<string>) {
  if (wants.length === 0) return null;
  if (total <= 0) return 0;
  let got = 0;
  for (let i = 0; i < wants.length; i++) {
    const concept = wants[i]!;
    if (has.has(concept)) got += weights[i]!;
    else {
      for (const broader of broaderOf(concept)) {
        if (has.has(broader)) {
          got += weights[i]! / 2;
          break;
        }
      }
    }
  }
  return Math.min(1, got / total / FULL_COVERAGE);
}

function sharesIndustry(wanted: readonly string[], has: readonly string[]) {
  for (const code of wanted) {
    if (has.includes(code)) return true;
    const parent = parentOf(code);
    if (parent && has.includes(parent)) return true;
  }
  return false;
}

/** Partners for a local organization, each partner's profile read as a want. */
export function rankPartners(
  snapshot: OrganizationSnapshot,
  offer: OfferSpec,
  weights: MatchWeights,
  options: { limit: number; skip: (at: number) => boolean },
): Ranked {
  const collector = new Collector(options.limit, weights, options.skip);
  const features = emptyFeatures();
  const has = new Set(offer.offers);
  for (const at of snapshot.partners) {
    const want = partnerWant(snapshot, at);
    collector.consider(at, fillFeatures(features, want, offer, capabilityIn(want.wants, has, snapshot.idf)));
  }
  return collector.ranked();
}
