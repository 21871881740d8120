import type { Actor } from "../../platform/actor.ts";

const isCity = (actor: Actor) => actor.role === "admin" || actor.role === "program-manager";
/** Overseas-office staff broker introductions, so they see the matches they broker. */
const isOfficeStaff = (actor: Actor) =>
  actor.role === "office-staff" || actor.memberships?.some((m) => m.actsAs === "office-staff") === true;
const memberOf = (actor: Actor, organizationId: string) =>
  actor.memberships?.some((m) => m.organizationId === organizationId) === true ||
  (actor.kind === "token" && actor.organizationId === organizationId);

/** What the policy needs to know of the organization whose matches are asked for. */
export type MatchesOwner = { id: string; local: boolean; country: string | null };

/**
 * Matches are private advice: a company sees its own, a partner its own opportunities' candidates, the
 * city all of them. Overseas-office staff, who support local companies abroad and broker introductions
 * with partners of their office's countries (decision 022), see local companies' matches and the
 * candidates of partners in those countries — not every partner's worldwide.
 */
export const canSeeMatchesOf = (actor: Actor, owner: MatchesOwner, officeCountries: ReadonlySet<string>) =>
  isCity(actor) ||
  memberOf(actor, owner.id) ||
  (isOfficeStaff(actor) && (owner.local || (owner.country !== null && officeCountries.has(owner.country))));

/** Before the organization is looked up (the route): a member, the city or office staff. */
export const maySeeMatchesOf = (actor: Actor, organizationId: string) =>
  isCity(actor) || isOfficeStaff(actor) || memberOf(actor, organizationId);

/** The organizations whose staff the actor is, as an overseas office (their countries are served). */
export const officesOf = (actor: Actor): string[] =>
  actor.memberships?.filter((m) => m.actsAs === "office-staff").map((m) => m.organizationId) ?? [];

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
