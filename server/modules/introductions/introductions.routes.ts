import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { listResponse } from "../../../contracts/common/list.ts";
import {
  type IntroductionView,
  introductionDecision,
  introductionListQuery,
  introductionRequest,
  introductionView,
  introductionWithdrawal,
  meetingReport,
  outcomeReport,
} from "../../../contracts/introductions/introduction.ts";
import type { Caller } from "../../platform/actor.ts";
import { callerOf } from "../../platform/http/authenticate.ts";
import { errorResponses } from "../../platform/http/openapi.ts";
import { negotiateLocale } from "../../platform/i18n.ts";
import { canUseIntroductions } from "./introductions.policy.ts";
import type { IntroductionStep, IntroductionsService, StepOptions } from "./introductions.service.ts";

const params = z.object({ id: z.string().max(100) });
// Before the body is read: the city, or someone acting for an organization; the service decides the rest.
const allow = canUseIntroductions;
const tags = ["introductions"];

export function introductionsRoutes(introductions: IntroductionsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/introductions",
      {
        config: { allow },
        schema: {
          tags,
          summary:
            "Ask for an introduction: a company to a partner (opportunityId or partnerId), a partner to a company (companyId), or the city for anyone",
          body: introductionRequest,
          response: { 201: introductionView, ...errorResponses },
        },
      },
      async (request, reply) => {
        const locale = negotiateLocale(request.headers);
        const created = await introductions.request(callerOf(request), request.body, { locale });
        return reply.status(201).send(created);
      },
    );

    app.get(
      "/introductions",
      {
        config: { allow },
        schema: {
          tags,
          summary:
            "Introductions of the acting organization (the other side's once accepted) and those the caller brokers (role=mine|broker), newest first",
          querystring: introductionListQuery,
          response: { 200: listResponse(introductionView), ...errorResponses },
        },
      },
      async (request) => introductions.list(callerOf(request), request.query),
    );

    app.get(
      "/introductions/:id",
      {
        config: { allow },
        schema: {
          tags,
          summary:
            "One introduction with its timeline (the brokers, the side that asked, the other side once accepted)",
          params,
          response: { 200: introductionView, ...errorResponses },
        },
      },
      async (request) => introductions.get(callerOf(request), request.params.id),
    );

    /** One step of the state machine: POST /introductions/{id}/<name> with its own body. */
    function stepRoute<B extends z.ZodType>(
      name: IntroductionStep,
      body: B,
      summary: string,
      run: (
        caller: Caller | undefined,
        id: string,
        input: z.infer<B>,
        options: StepOptions,
      ) => Promise<IntroductionView>,
    ) {
      app.post(
        `/introductions/:id/${name}`,
        {
          config: { allow },
          schema: { tags, summary, params, body, response: { 200: introductionView, ...errorResponses } },
        },
        async (request) =>
          run(callerOf(request), request.params.id, request.body as z.infer<B>, {
            locale: negotiateLocale(request.headers),
          }),
      );
    }

    stepRoute(
      "accept",
      introductionDecision,
      "A broker accepts, with a message to both sides",
      (c, id, input, o) => introductions.accept(c, id, input, o),
    );
    stepRoute(
      "decline",
      introductionDecision,
      "A broker declines a request (message to the requesting side) or closes an accepted introduction (message to both sides)",
      (c, id, input, o) => introductions.decline(c, id, input, o),
    );
    stepRoute(
      "meeting",
      meetingReport,
      "A broker or either side records the meeting (heldOn, not in the future)",
      (c, id, input, o) => introductions.meeting(c, id, input, o),
    );
    stepRoute(
      "outcome",
      outcomeReport,
      "A broker or either side records the outcome (amount with an ISO 4217 currency); the introduction is complete",
      (c, id, input, o) => introductions.outcome(c, id, input, o),
    );
    stepRoute(
      "withdraw",
      // Fastify hands an absent body over as null.
      introductionWithdrawal.nullish(),
      "The requesting side withdraws (an optional message), while requested or accepted",
      (c, id, input, o) => introductions.withdraw(c, id, input ?? {}, o),
    );
  };
}
