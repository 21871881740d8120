import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  candidate,
  feedbackInput,
  feedbackView,
  matchList,
  matchQuery,
  opportunityMatch,
  suggestion,
} from "../../../contracts/matching/match.ts";
import type { Actor } from "../../platform/actor.ts";
import { callerOf } from "../../platform/http/authenticate.ts";
import { errorResponses } from "../../platform/http/openapi.ts";
import {
  canJudgeFor,
  mayJudgeForSomeOrganization,
  maySeeMatchesOf,
  maySeeSomeMatches,
} from "./matching.policy.ts";
import type { MatchingService } from "./matching.service.ts";

const id = z.string().max(100);
const limitOnly = matchQuery.pick({ limit: true });
type Allow = (actor: Actor, params: Record<string, string>) => boolean;
const seeingSomeMatches: { allow: Allow } = { allow: (actor) => maySeeSomeMatches(actor) };
const judgingForSomeOrganization: { allow: Allow } = { allow: (actor) => mayJudgeForSomeOrganization(actor) };
const seeingPathOrganization: { allow: Allow } = {
  allow: (actor, params) => maySeeMatchesOf(actor, params.id ?? ""),
};
/** Judging for the organization in the path: refused before the body is read. */
const forPathOrganization = {
  allow: (actor: Parameters<typeof canJudgeFor>[0], params: Record<string, string>) =>
    canJudgeFor(actor, params.id ?? ""),
};

/**
 * Matches under the resources they belong to (contract §4): an opportunity's candidates, an
 * organization's opportunities and suggested partners, and a verdict on each. Private to the sides and
 * their brokers; the service decides, since who may see depends on the opportunity's owner.
 */
export function matchingRoutes(matching: MatchingService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/opportunities/:id/matches",
      {
        config: seeingSomeMatches,
        schema: {
          tags: ["matching"],
          summary: "Local organizations that fit an opportunity, best first, with reasons",
          description:
            "Each item has a score in 0..1, `reasons` citing the evidence on both sides in Korean and English, and `gaps` (why not higher). `nearMisses` fit on capability but miss a hard requirement (kind or stage). Candidates the owner marked not useful never return.",
          params: z.object({ id }),
          querystring: limitOnly,
          response: { 200: matchList(candidate), ...errorResponses },
        },
      },
      async (request) => matching.candidates(request.actor, request.params.id, request.query),
    );

    app.get(
      "/organizations/:id/matches",
      {
        config: seeingPathOrganization,
        schema: {
          tags: ["matching"],
          summary: "Open opportunities that fit a local organization, best first, with reasons",
          description:
            "Closed or expired opportunities are left out unless `includeClosed=true`. Opportunities the organization marked not useful never return.",
          params: z.object({ id }),
          querystring: matchQuery,
          response: { 200: matchList(opportunityMatch), ...errorResponses },
        },
      },
      async (request) => matching.opportunitiesFor(request.actor, request.params.id, request.query),
    );

    app.get(
      "/organizations/:id/suggestions",
      {
        config: seeingPathOrganization,
        schema: {
          tags: ["matching"],
          summary: "Partners for a local organization, or local organizations for a partner",
          params: z.object({ id }),
          querystring: limitOnly,
          response: { 200: matchList(suggestion), ...errorResponses },
        },
      },
      async (request) => matching.suggestions(request.actor, request.params.id, request.query),
    );

    const judged = { 200: feedbackView, ...errorResponses };
    app.put(
      "/opportunities/:id/matches/:organizationId/feedback",
      {
        config: judgingForSomeOrganization,
        schema: {
          tags: ["matching"],
          summary: "The opportunity owner's verdict on a candidate",
          params: z.object({ id, organizationId: id }),
          body: feedbackInput,
          response: judged,
        },
      },
      async (request) =>
        matching.judgeCandidate(
          callerOf(request),
          request.params.id,
          request.params.organizationId,
          request.body,
        ),
    );

    app.put(
      "/organizations/:id/matches/:opportunityId/feedback",
      {
        config: forPathOrganization,
        schema: {
          tags: ["matching"],
          summary: "A company's verdict on an opportunity suggested to it",
          params: z.object({ id, opportunityId: id }),
          body: feedbackInput,
          response: judged,
        },
      },
      async (request) =>
        matching.judgeOpportunity(
          callerOf(request),
          request.params.id,
          request.params.opportunityId,
          request.body,
        ),
    );

    app.put(
      "/organizations/:id/suggestions/:otherId/feedback",
      {
        config: forPathOrganization,
        schema: {
          tags: ["matching"],
          summary: "A verdict on a partner ↔ company suggestion, from the side `id` is",
          params: z.object({ id, otherId: id }),
          body: feedbackInput,
          response: judged,
        },
      },
      async (request) =>
        matching.judgeSuggestion(callerOf(request), request.params.id, request.params.otherId, request.body),
    );
  };
}
