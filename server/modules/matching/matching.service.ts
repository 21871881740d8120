import type { FeedbackInput, MatchSide, MatchWeights, Verdict } from "../../../contracts/matching/match.ts";
import type { Db } from "../../db/client.ts";
import type { Actor, Caller } from "../../platform/actor.ts";
import { AppError, notFound } from "../../platform/errors.ts";
import { isUuid } from "../../platform/ids.ts";
import { authorize } from "../../platform/policy.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { scoreOf } from "./features.ts";
import { fitWeights, MIN_SAMPLES } from "./learning.ts";
import { canInspectMatching, canJudgeFor, canSeeMatchesOf, officesOf } from "./matching.policy.ts";
import {
  feedbackCounts,
  insertWeights,
  latestWeights,
  opportunityTexts,
  organizationTexts,
  recentFeedback,
  upsertFeedback,
  verdictsAbout,
  verdictsBy,
} from "./matching.repository.ts";
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
  roundScore,
} from "./views.ts";

/** Feedback rows the weights are fitted to: the most recent ones, so the model follows current use. */
const FITTED_SAMPLES = 5000;

const seoulDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Seoul" });
/** Deadlines are dates in Korea: an opportunity is open through its deadline day in Seoul. */
export const todayInSeoul = (now = new Date()) => seoulDate.format(now);

const lapsed = (entry: OpportunityEntry, today: string) =>
  entry.status === "closed"
    ? "closed"
    : entry.deadline !== null && entry.deadline < today
      ? "expired"
      : undefined;

export function createMatchingService({ db, audit }: { db: Db; audit: AuditService }) {
  const state = createMatchingState(db);

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

  async function organizationAt(current: MatchingState, organizationId: string) {
    const at = isUuid(organizationId) ? current.organizations.position.get(organizationId) : undefined;
    if (at === undefined) throw notFound();
    return at;
  }
  function opportunityAt(current: MatchingState, opportunityId: string) {
    const at = isUuid(opportunityId) ? current.opportunities.position.get(opportunityId) : undefined;
    if (at === undefined) throw notFound();
    return current.opportunities.entries[at]!;
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

  async function judge(
    caller: Caller | undefined,
    key: { opportunityId: string | null; partnerId: string | null; organizationId: string; side: MatchSide },
    judgingFor: string,
    features: Parameters<typeof scoreOf>[0],
    weights: MatchWeights,
    input: FeedbackInput,
  ) {
    authorize(caller?.actor, (actor) => canJudgeFor(actor, judgingFor));
    const score = roundScore(scoreOf(features, weights));
    const stored = await db.transaction(async (tx) => {
      const { before, after } = await upsertFeedback(tx, {
        ...key,
        verdict: input.verdict,
        reason: input.reason ?? null,
        note: input.note ?? null,
        features,
        score,
        userId: caller.actor.kind === "user" ? caller.actor.id : null,
      });
      await audit.record(
        caller,
        { action: "match.judge", resourceType: "match-feedback", resourceId: after.id, before, after },
        tx,
      );
      return after;
    });
    await refit();
    return { verdict: stored.verdict, reason: stored.reason, score };
  }

  /** Refits the weights to the latest verdicts and stores them (the newest row is what ranks). */
  async function refit(): Promise<MatchWeights> {
    const rows = await recentFeedback(db, FITTED_SAMPLES);
    if (rows.length < MIN_SAMPLES) return (await latestWeights(db))?.weights ?? fitWeights([]);
    const weights = fitWeights(
      rows.map((row) => ({ features: row.features, useful: row.verdict === "useful" })),
    );
    await insertWeights(db, weights, rows.length);
    return weights;
  }

  return {
    /** Contract §4: local organizations that fit an opportunity, best first, with reasons and gaps. */
    async candidates(actor: Actor | undefined, opportunityId: string, options: { limit: number }) {
      authorize(actor, () => true);
      const current = await state.current();
      const entry = opportunityAt(current, opportunityId);
      authorize(actor, mayView(current, entry.ownerId));
      const verdicts = await verdictsAbout(db, { opportunityId: entry.id }, "partner");
      const owner = current.organizations.position.get(entry.ownerId);
      const want = wantOf(entry);
      const ranked = rankOrganizations(current.organizations, want, current.weights, {
        limit: options.limit,
        skip: (at) => at === owner || verdicts.get(current.organizations.id[at]!) === "not-useful",
      });
      const opportunity = (await opportunityTexts(db, [entry.id])).get(entry.id)!;
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
      const current = await state.current();
      const at = await organizationAt(current, organizationId);
      authorize(actor, mayView(current, organizationId));
      const today = todayInSeoul();
      const verdicts = await verdictsBy(db, organizationId, "opportunity");
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
      const [texts, orgTexts] = await Promise.all([
        opportunityTexts(db, ids),
        organizationTexts(db, [organizationId]),
      ]);
      const offerSide = organizationEvidence(orgTexts.get(organizationId)!);
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
      const at = await organizationAt(current, organizationId);
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
      const at = await organizationAt(current, organizationId);
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
          closed: lapsed(entry, todayInSeoul()),
        },
      );
    },

    /** The owner's verdict on a candidate; "not useful" removes it from the candidates for good. */
    async judgeCandidate(
      caller: Caller | undefined,
      opportunityId: string,
      organizationId: string,
      input: FeedbackInput,
    ) {
      authorize(caller?.actor, () => true);
      const current = await state.current();
      const entry = opportunityAt(current, opportunityId);
      const at = await organizationAt(current, organizationId);
      const features = featuresOf(
        wantOf(entry),
        offerAt(current.organizations, at),
        current.organizations.idf,
      );
      const key = { opportunityId: entry.id, partnerId: null, organizationId, side: "partner" as const };
      return judge(caller, key, entry.ownerId, features, current.weights, input);
    },

    /** A company's verdict on an opportunity suggested to it; "not useful" hides it from its matches for good. */
    async judgeOpportunity(
      caller: Caller | undefined,
      organizationId: string,
      opportunityId: string,
      input: FeedbackInput,
    ) {
      authorize(caller?.actor, () => true);
      const current = await state.current();
      const at = await organizationAt(current, organizationId);
      const entry = opportunityAt(current, opportunityId);
      const features = featuresOf(
        wantOf(entry),
        offerAt(current.organizations, at),
        current.organizations.idf,
      );
      const key = { opportunityId: entry.id, partnerId: null, organizationId, side: "company" as const };
      return judge(caller, key, organizationId, features, current.weights, input);
    },

    /** A verdict on a suggestion, from whichever side `organizationId` is (a local company or a partner). */
    async judgeSuggestion(
      caller: Caller | undefined,
      organizationId: string,
      otherId: string,
      input: FeedbackInput,
    ) {
      authorize(caller?.actor, () => true);
      const current = await state.current();
      const orgs = current.organizations;
      const at = await organizationAt(current, organizationId);
      const other = await organizationAt(current, otherId);
      if (orgs.local[at] === orgs.local[other])
        throw new AppError("VALIDATION_FAILED", {
          fields: [
            {
              field: "otherId",
              message:
                "must be a partner when the organization is local, and a local organization when it is a partner",
            },
          ],
        });
      const [company, partner] = orgs.local[at] ? [at, other] : [other, at];
      const features = featuresOf(partnerWant(orgs, partner), offerAt(orgs, company), orgs.idf);
      const key = {
        opportunityId: null,
        partnerId: orgs.id[partner]!,
        organizationId: orgs.id[company]!,
        side: orgs.local[at] ? ("company" as const) : ("partner" as const),
      };
      return judge(caller, key, organizationId, features, current.weights, input);
    },

    /** The weights in use, how many verdicts they were fitted to, and the verdicts by reason. */
    async inspect(actor: Actor | undefined) {
      authorize(actor, canInspectMatching);
      const [row, counts] = await Promise.all([latestWeights(db), feedbackCounts(db)]);
      return {
        weights: row?.weights ?? fitWeights([]),
        samples: row?.samples ?? 0,
        updatedAt: row?.createdAt.toISOString() ?? null,
        verdicts: counts,
      };
    },

    refit,
  };
}
export type MatchingService = ReturnType<typeof createMatchingService>;
