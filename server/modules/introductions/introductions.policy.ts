import type { IntroductionStatus } from "../../../contracts/introductions/introduction.ts";
import type { Actor } from "../../platform/actor.ts";

/** Admins and program managers: the city brokers every introduction. */
export const isCity = (actor: Actor) => actor.role === "admin" || actor.role === "program-manager";

/** The organizations the actor represents: a user's memberships, an organization token's organization. */
export function organizationsOf(actor: Actor): string[] {
  const ids = new Set(actor.memberships?.map((m) => m.organizationId) ?? []);
  if (actor.organizationId) ids.add(actor.organizationId);
  return [...ids];
}

const memberOf = (actor: Actor, organizationId: string | null) =>
  organizationId !== null && organizationsOf(actor).includes(organizationId);

/** The route gate, before the body is read: the city, or someone who acts for an organization. */
export const canUseIntroductions = (actor: Actor) => isCity(actor) || organizationsOf(actor).length > 0;

/** What the rules need to know of an introduction. */
export type Parties = {
  companyId: string;
  partnerId: string;
  requestedFor: string;
  officeId: string | null;
  status: IntroductionStatus;
  /** Whether a broker ever accepted it (its timeline has an `accepted` step). */
  wasAccepted: boolean;
};

/** Brokers: the city, and the staff of the overseas office responsible for the partner's country. */
export const canBroker = (actor: Actor, intro: Parties) => isCity(actor) || memberOf(actor, intro.officeId);

/** A member of the company or of the partner. */
export const isSide = (actor: Actor, intro: Parties) =>
  memberOf(actor, intro.companyId) || memberOf(actor, intro.partnerId);

/** A member of the side that asked. */
const isRequester = (actor: Actor, intro: Parties) => memberOf(actor, intro.requestedFor);

/**
 * The brokers and the side that asked see an introduction from the start. The other side sees it only once
 * a broker has accepted it (no cold calls, decision 022): not while it is requested, nor after a decline or
 * a withdrawal that came before any acceptance. Nobody else sees it.
 */
export const canSeeIntroduction = (actor: Actor, intro: Parties) =>
  canBroker(actor, intro) || isRequester(actor, intro) || (intro.wasAccepted && isSide(actor, intro));

/** In the order they come, so the page shows the next step of the way before the ways out. */
export const introductionSteps = ["accept", "meeting", "outcome", "decline", "withdraw"] as const;
export type IntroductionStep = (typeof introductionSteps)[number];

const who: Record<IntroductionStep, (actor: Actor, intro: Parties) => boolean> = {
  accept: canBroker,
  decline: canBroker,
  meeting: (actor, intro) => canBroker(actor, intro) || isSide(actor, intro),
  outcome: (actor, intro) => canBroker(actor, intro) || isSide(actor, intro),
  withdraw: isRequester,
};

/**
 * The state machine: requested → accepted | declined | withdrawn; accepted → meeting-held | declined (a
 * broker closes it, say when the meeting will not happen) | withdrawn; meeting-held → completed. Declined,
 * withdrawn and completed are final.
 */
export const transitions: Record<IntroductionStep, { from: IntroductionStatus[]; to: IntroductionStatus }> = {
  accept: { from: ["requested"], to: "accepted" },
  decline: { from: ["requested", "accepted"], to: "declined" },
  meeting: { from: ["accepted"], to: "meeting-held" },
  outcome: { from: ["meeting-held"], to: "completed" },
  withdraw: { from: ["requested", "accepted"], to: "withdrawn" },
};

/** Whether the actor is one who may take this step (in some state; the state is checked apart). */
export const mayTake = (actor: Actor, intro: Parties, step: IntroductionStep) => who[step](actor, intro);

/** The steps the actor may take now: the page shows exactly these forms, and the service agrees. */
export function stepsFor(actor: Actor, intro: Parties): IntroductionStep[] {
  return introductionSteps.filter(
    (step) => who[step](actor, intro) && transitions[step].from.includes(intro.status),
  );
}
