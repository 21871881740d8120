import type { Actor } from "../../platform/actor.ts";

const isCity = (actor: Actor) => actor.role === "admin" || actor.role === "program-manager";
/** Overseas-office staff broker introductions, so they see the matches they broker. */
const isOfficeStaff = (actor: Actor) =>
  actor.role === "office-staff" || actor.memberships?.some((m) => m.actsAs === "office-staff") === true;
const memberOf = (actor: Actor, organizationId: string) =>
  actor.memberships?.some((m) => m.organizationId === organizationId) === true ||
  (actor.kind === "token" && actor.organizationId === organizationId);

/**
 * Matches are private advice: a company sees its own, a partner its own opportunities' candidates; the
 * city and the overseas offices, who broker introductions, see all of them.
 */
export const canSeeMatchesOf = (actor: Actor, organizationId: string) =>
  isCity(actor) || isOfficeStaff(actor) || memberOf(actor, organizationId);

/** A verdict speaks for an organization: its members give it (the city may, for the side it helps). */
export const canJudgeFor = (actor: Actor, organizationId: string) =>
  isCity(actor) || memberOf(actor, organizationId);

/** The learned weights and the feedback behind them are the city's to inspect. */
export const canInspectMatching = (actor: Actor) => isCity(actor);

/**
 * Before the opportunity is looked up: someone who could be its owner's member, a broker or the city.
 * Refuses the rest with 403 before the body is read; the service then checks the owner.
 */
export const maySeeSomeMatches = (actor: Actor) => isOfficeStaff(actor) || mayJudgeForSomeOrganization(actor);

/** Before the opportunity is looked up: someone who could be its owner's member, or the city. */
export const mayJudgeForSomeOrganization = (actor: Actor) =>
  isCity(actor) ||
  (actor.memberships?.length ?? 0) > 0 ||
  (actor.kind === "token" && actor.organizationId !== undefined);
