import type { FeedbackInput, MatchSide, MatchWeights } from "../../../contracts/matching/match.ts";
import type { Db } from "../../db/client.ts";
import type { Actor, Caller } from "../../platform/actor.ts";
import { AppError } from "../../platform/errors.ts";
import { authorize } from "../../platform/policy.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { scoreOf } from "./features.ts";
import { fitWeights, MIN_SAMPLES } from "./learning.ts";
import { opportunityAt, organizationAt } from "./lookup.ts";
import { canInspectMatching, canJudgeFor } from "./matching.policy.ts";
import {
  feedbackCounts,
  insertWeights,
  latestWeights,
  recentFeedback,
  upsertFeedback,
} from "./matching.repository.ts";
import { featuresOf, offerAt, partnerWant, wantOf } from "./rank.ts";
import type { MatchingStateStore } from "./state.ts";
import { roundScore } from "./views.ts";

/** Feedback rows the weights are fitted to: the most recent ones, so the model follows current use. */
const FITTED_SAMPLES = 5000;

/**
 * Verdicts on matches (decision 021): each stored with the features it judged, audited, and followed by
 * a refit of the shared weights. "Not useful" hides the match from that side for good (the reads skip it).
 */
export function createMatchingFeedback({
  db,
  audit,
  state,
}: {
  db: Db;
  audit: AuditService;
  state: MatchingStateStore;
}) {
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
      const at = organizationAt(current, organizationId);
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
      const at = organizationAt(current, organizationId);
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
      const at = organizationAt(current, organizationId);
      const other = organizationAt(current, otherId);
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
