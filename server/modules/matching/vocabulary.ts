import { parentOf } from "../../../contracts/industries/taxonomy.ts";
import type { OpportunityKind } from "../../../contracts/opportunities/opportunity.ts";
import { ecosystem } from "../../platform/search/concepts/ecosystem.ts";
import { conceptMatcher } from "../../platform/search/concepts.ts";

/**
 * Ecosystem words (startup, Daegu, partnership, the US) say who and where, not what an organization can
 * do: matching leaves them out of capabilities, or every Daegu startup would fit every Daegu post.
 */
const context = new Set(ecosystem.map((concept) => concept.id));

export function isCapability(id: string): boolean {
  return !context.has(id) && conceptMatcher.byId(id) !== undefined;
}

/** The concepts of the sector above a concept's own: 안경테 (eyewear-frames) → 안경 (eyewear). */
export function broaderOf(id: string): readonly string[] {
  let found = broader.get(id);
  if (!found) {
    const industry = conceptMatcher.byId(id)?.industry;
    const parent = industry ? parentOf(industry) : undefined;
    found = parent ? conceptMatcher.forIndustry(parent).map((concept) => concept.id) : [];
    broader.set(id, found);
  }
  return found;
}
const broader = new Map<string, readonly string[]>();

/** A concept set with every broader concept added: a frame maker offers eyewear too. */
export function withBroader(ids: readonly string[]): string[] {
  const all = new Set(ids);
  for (const id of ids) for (const broader of broaderOf(id)) all.add(broader);
  return [...all];
}

/**
 * What a company writes in its `seeking` text when it wants what an opportunity of this kind gives:
 * "투자 유치" for investment, "해외 바이어" for OEM sourcing and procurement, and so on.
 */
const intents: Record<OpportunityKind, readonly string[]> = {
  "oem-sourcing": ["oem", "odm", "buyer", "export", "private-label"],
  procurement: ["buyer", "procurement", "export"],
  investment: ["investment", "venture-capital", "angel-investment", "seed-funding", "funding"],
  program: ["accelerator", "incubator", "mentoring", "demo-day", "open-innovation"],
  pilot: ["pilot", "open-innovation", "partnership", "r-and-d"],
  distribution: ["distribution", "export", "market-entry", "retail", "import", "cross-border-ecommerce"],
  event: ["trade-show", "conference", "festival", "market-entry"],
  other: ["partnership"],
};

export function intentsOf(kind: OpportunityKind): readonly string[] {
  return intents[kind];
}
