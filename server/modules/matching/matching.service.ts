import type { Verdict } from "../../../contracts/matching/match.ts";
import type { Db } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { notFound } from "../../platform/errors.ts";
import { isUuid } from "../../platform/ids.ts";
import { koreanToday } from "../../platform/korean-date.ts";
import { authorize } from "../../platform/policy.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { scoreOf } from "./features.ts";
import { createMatchingFeedback } from "./feedback.ts";
import { opportunityAt, organizationAt } from "./lookup.ts";
import { canSeeMatchesOf, officesOf } from "./matching.policy.ts";
import { opportunityTexts, organizationTexts, verdictsAbout, verdictsBy } from "./matching.repository.ts";
import {
  featuresOf,
  offerAt,
  partnerWant,
  type Ranked,
  rankOpportunities,
  rankOrganizations,
  rankPartners,
  wantOf,
} from "./rank.ts";
import type { OpportunityEntry } from "./snapshot.ts";
import { createMatchingState, type MatchingState } from "./state.ts";
import {
  daysUntil,
  explained,
  opportunityEvidence,
  opportunityRef,
  organizationEvidence,
  organizationRef,
} from "./views.ts";

const lapsed = (entry: OpportunityEntry, today: string) =>
  entry.status === "closed"
    ? "closed"
    : entry.deadline !== null && entry.deadline < today
      ? "expired"
      : undefined;

export function createMatchingService({ db, audit }: { db: Db; audit: AuditService }) {
  const state = createMatchingState(db);
  const feedback = createMatchingFeedback({ db, audit, state });

  /** The policy's question with the facts from the snapshot: who owns these matches, which countries the actor's offices serve. */
  function mayView(current: MatchingState, ownerId: string) {
    const orgs = current.organizations;
    return (actor: Actor) => {
      const at = orgs.position.get(ownerId)!;
      const countries = new Set(
        officesOf(actor).flatMap((office) => {
          const p = orgs.position.get(office);
          return p === undefined || !orgs.country[p] ? [] : [orgs.country[p]!];
        }),
      );
      return canSeeMatchesOf(
        actor,
        { id: ownerId, local: orgs.local[at]!, country: orgs.country[at]! },
        countries,
      );
    };
  }

  /** Local organizations ranked for a want, with the texts to explain each; `about` names the asker. */
  async function organizationItems(
    current: MatchingState,
    ranked: Ranked,
    want: Parameters<typeof featuresOf>[0],
    wantSide: ReturnType<typeof organizationEvidence> & { asker: "opportunity" | "partner" },
    verdicts: Map<string, Verdict>,
  ) {
    const orgs = current.organizations;
    const texts = await organizationTexts(
      db,
      [...ranked.top, ...ranked.near].map((s) => orgs.id[s.position]!),
    );
    const item = (scored: Ranked["top"][number]) => {
      const org = texts.get(orgs.id[scored.position]!)!;
      return {
        organization: organizationRef(org),
        ...explained(scored, {
          want,
          wantSide,
          offer: offerAt(orgs, scored.position),
          offerSide: organizationEvidence(org),
          idf: orgs.idf,
          verdict: verdicts.get(org.id),
        }),
      };
    };
    return { items: ranked.top.map(item), nearMisses: ranked.near.map(item) };
  }

  return {
    /** Contract §4: local organizations that fit an opportunity, best first, with reasons and gaps. */
    async candidates(actor: Actor | undefined, opportunityId: string, options: { limit: number }) {
      authorize(actor, () => true);
      if (!isUuid(opportunityId)) throw notFound();
      // One round trip for everything that does not depend on the ranking; nothing leaves before the checks.
      const [current, verdicts, texts] = await Promise.all([
        state.current(),
        verdictsAbout(db, { opportunityId }, "partner"),
        opportunityTexts(db, [opportunityId]),
      ]);
      const entry = opportunityAt(current, opportunityId);
      authorize(actor, mayView(current, entry.ownerId));
      const opportunity = texts.get(entry.id);
      if (!opportunity) throw notFound();
      const owner = current.organizations.position.get(entry.ownerId);
      const want = wantOf(entry);
      const ranked = rankOrganizations(current.organizations, want, current.weights, {
        limit: options.limit,
        skip: (at) => at === owner || verdicts.get(current.organizations.id[at]!) === "not-useful",
      });
      return organizationItems(
        current,
        ranked,
        want,
        { ...opportunityEvidence(opportunity), asker: "opportunity" },
        verdicts,
      );
    },

    /** Contract §4: open opportunities that fit a local organization (closed or expired ones on request). */
    async opportunitiesFor(
      actor: Actor | undefined,
      organizationId: string,
      options: { limit: number; includeClosed?: boolean },
    ) {
      authorize(actor, () => true);
      if (!isUuid(organizationId)) throw notFound();
      const [current, verdicts, own] = await Promise.all([
        state.current(),
        verdictsBy(db, organizationId, "opportunity"),
        organizationTexts(db, [organizationId]),
      ]);
      const at = organizationAt(current, organizationId);
      authorize(actor, mayView(current, organizationId));
      const organization = own.get(organizationId);
      if (!organization) throw notFound();
      const today = koreanToday();
      const offer = offerAt(current.organizations, at);
      const ranked = rankOpportunities(
        current.opportunities,
        offer,
        current.organizations.idf,
        current.weights,
        {
          limit: options.limit,
          skip: (entry) =>
            entry.ownerId === organizationId ||
            verdicts.get(entry.id) === "not-useful" ||
            (!options.includeClosed && lapsed(entry, today) !== undefined),
        },
      );
      const entries = current.opportunities.entries;
      const ids = [...ranked.top, ...ranked.near].map((s) => entries[s.position]!.id);
      const texts = await opportunityTexts(db, ids);
      const offerSide = organizationEvidence(organization);
      const item = (scored: Ranked["top"][number]) => {
        const entry = entries[scored.position]!;
        const opportunity = texts.get(entry.id)!;
        const closed = lapsed(entry, today);
        return {
          opportunity: opportunityRef(opportunity),
          ...explained(scored, {
            want: wantOf(entry),
            wantSide: { ...opportunityEvidence(opportunity), asker: "opportunity" },
            offer,
            offerSide,
            idf: current.organizations.idf,
            verdict: verdicts.get(entry.id),
            deadline:
              entry.deadline && !closed
                ? { date: entry.deadline, daysLeft: daysUntil(entry.deadline, today) }
                : undefined,
            closed,
          }),
        };
      };
      return { items: ranked.top.map(item), nearMisses: ranked.near.map(item) };
    },

    /**
     * Partner ↔ company suggestions without an opportunity: for a local organization, partners whose
     * profile (what they seek, their field, their kind) fits it; for a partner, local organizations.
     */
    async suggestions(actor: Actor | undefined, organizationId: string, options: { limit: number }) {
      authorize(actor, () => true);
      const current = await state.current();
      const orgs = current.organizations;
      const at = organizationAt(current, organizationId);
      authorize(actor, mayView(current, organizationId));
      if (orgs.local[at]) {
        const verdicts = await verdictsBy(db, organizationId, "partner");
        const offer = offerAt(orgs, at);
        const ranked = rankPartners(orgs, offer, current.weights, {
          limit: options.limit,
          skip: (p) => verdicts.get(orgs.id[p]!) === "not-useful",
        });
        const ids = [...ranked.top, ...ranked.near].map((s) => orgs.id[s.position]!);
        const texts = await organizationTexts(db, [...ids, organizationId]);
        const offerSide = organizationEvidence(texts.get(organizationId)!);
        const item = (scored: Ranked["top"][number]) => {
          const partner = texts.get(orgs.id[scored.position]!)!;
          return {
            organization: organizationRef(partner),
            ...explained(scored, {
              want: partnerWant(orgs, scored.position),
              wantSide: { ...organizationEvidence(partner), asker: "partner" },
              offer,
              offerSide,
              idf: orgs.idf,
              verdict: verdicts.get(partner.id),
            }),
          };
        };
        return { items: ranked.top.map(item), nearMisses: ranked.near.map(item) };
      }
      const verdicts = await verdictsAbout(db, { partnerId: organizationId }, "partner");
      const want = partnerWant(orgs, at);
      const ranked = rankOrganizations(orgs, want, current.weights, {
        limit: options.limit,
        skip: (p) => p === at || verdicts.get(orgs.id[p]!) === "not-useful",
      });
      const partner = (await organizationTexts(db, [organizationId])).get(organizationId)!;
      return organizationItems(
        current,
        ranked,
        want,
        { ...organizationEvidence(partner), asker: "partner" },
        verdicts,
      );
    },

    /** How one opportunity fits one organization (for the opportunity's page, seen by a company's member). */
    async fit(actor: Actor | undefined, organizationId: string, opportunityId: string) {
      authorize(actor, () => true);
      const current = await state.current();
      const at = organizationAt(current, organizationId);
      const entry = opportunityAt(current, opportunityId);
      authorize(actor, mayView(current, organizationId));
      const offer = offerAt(current.organizations, at);
      const features = featuresOf(wantOf(entry), offer, current.organizations.idf);
      const [opportunities, organizations, verdicts] = await Promise.all([
        opportunityTexts(db, [entry.id]),
        organizationTexts(db, [organizationId]),
        verdictsBy(db, organizationId, "opportunity"),
      ]);
      return explained(
        { position: at, features, score: scoreOf(features, current.weights) },
        {
          want: wantOf(entry),
          wantSide: { ...opportunityEvidence(opportunities.get(entry.id)!), asker: "opportunity" },
          offer,
          offerSide: organizationEvidence(organizations.get(organizationId)!),
          idf: current.organizations.idf,
          verdict: verdicts.get(entry.id),
          closed: lapsed(entry, koreanToday()),
        },
      );
    },

    ...feedback,
  };
}
export type MatchingService = ReturnType<typeof createMatchingService>;
