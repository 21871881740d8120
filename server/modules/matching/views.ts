import type { z } from "zod";
import type { candidate, MatchReason, opportunityMatch, Verdict } from "../../../contracts/matching/match.ts";
import { explain } from "./explain.ts";
import type { OpportunityText, OrganizationText } from "./matching.repository.ts";
import type { OfferSpec, Scored, WantSpec } from "./rank.ts";

export type CandidateView = z.infer<typeof candidate>;
export type OpportunityMatchView = z.infer<typeof opportunityMatch>;

const both = (text: { ko?: string | undefined; en?: string | undefined } | null | undefined) => [
  text?.ko,
  text?.en,
];

export function organizationEvidence(org: OrganizationText) {
  return {
    name: org.name,
    texts: [
      ...both(org.name),
      ...both(org.summary),
      ...both(org.offering),
      ...both(org.description),
      ...both(org.seeking),
      org.tags.join(" "),
    ],
    industries: org.industries,
  };
}

export function opportunityEvidence(opportunity: OpportunityText) {
  return {
    name: opportunity.title,
    texts: [...both(opportunity.title), ...both(opportunity.description), opportunity.tags.join(" ")],
    industries: opportunity.industries,
    headline: both(opportunity.title),
  };
}

export const organizationRef = (org: OrganizationText) => ({
  id: org.id,
  externalId: org.externalId,
  name: org.name,
  kind: org.kind,
  stage: org.stage,
  country: org.country,
});

export const opportunityRef = (opportunity: OpportunityText) => ({
  id: opportunity.id,
  externalId: opportunity.externalId,
  title: opportunity.title,
  kind: opportunity.kind,
  owner: opportunity.owner,
  deadline: opportunity.deadline,
  status: opportunity.status,
});

/** Days from `today` to a deadline (both ISO dates), for "D-12". */
export function daysUntil(deadline: string, today: string): number {
  return Math.round((Date.parse(deadline) - Date.parse(today)) / 86_400_000);
}

/** Rounded so that lists and tests read "0.83", not "0.8333333". */
export const roundScore = (score: number) => Math.round(score * 1000) / 1000;

export type ExplainedItem = {
  score: number;
  reasons: MatchReason[];
  gaps: MatchReason[];
  verdict: Verdict | null;
};

export function explained(
  scored: Scored,
  parts: {
    want: WantSpec;
    wantSide: ReturnType<typeof organizationEvidence> & { asker: "opportunity" | "partner" };
    offer: OfferSpec;
    offerSide: ReturnType<typeof organizationEvidence>;
    idf: (concept: string) => number;
    verdict: Verdict | undefined;
    deadline?: { date: string; daysLeft: number } | undefined;
    closed?: "closed" | "expired" | undefined;
  },
): ExplainedItem {
  const { reasons, gaps } = explain({ ...parts, features: scored.features });
  return { score: roundScore(scored.score), reasons, gaps, verdict: parts.verdict ?? null };
}
