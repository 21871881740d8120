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
};

/** Brokers: the city, and the staff of the overseas office responsible for the partner's country. */
export const canBroker = (actor: Actor, intro: Parties) => isCity(actor) || memberOf(actor, intro.officeId);

/** A member of the company or of the partner. */
export const isSide = (actor: Actor, intro: Parties) =>
  memberOf(actor, intro.companyId) || memberOf(actor, intro.partnerId);

/** Both sides and the brokers see an introduction; nobody else does. */
export const canSeeIntroduction = (actor: Actor, intro: Parties) =>
  canBroker(actor, intro) || isSide(actor, intro);

export const introductionSteps = ["accept", "decline", "meeting", "outcome", "withdraw"] as const;
export type IntroductionStep = (typeof introductionSteps)[number];

const who: Record<IntroductionStep, (actor: Actor, intro: Parties) => boolean> = {
  accept: canBroker,
  decline: canBroker,
  meeting: (actor, intro) => canBroker(actor, intro) || isSide(actor, intro),
  outcome: (actor, intro) => canBroker(actor, intro) || isSide(actor, intro),
  withdraw: (actor, intro) => memberOf(actor, intro.requestedFor),
};

/**
 * The state machine: requested → accepted | declined | withdrawn; accepted → meeting-held | withdrawn;
 * meeting-held → completed. Declined, withdrawn and completed are final.
 */
export const transitions: Record<IntroductionStep, { from: IntroductionStatus[]; to: IntroductionStatus }> = {
  accept: { from: ["requested"], to: "accepted" },
  decline: { from: ["requested"], to: "declined" },
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
