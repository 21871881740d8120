import type { Actor } from "../../platform/actor.ts";

const isCity = (actor: Actor) => actor.role === "admin" || actor.role === "program-manager";
const memberOf = (actor: Actor, organizationId: string) =>
  actor.memberships?.some((m) => m.organizationId === organizationId) === true ||
  (actor.kind === "token" && actor.organizationId === organizationId);

/**
 * Contact details (e-mail, phone, people's direct lines) are for signed-in partners, overseas offices and
 * the city, and for the organization's own members; visitors and other local companies do not see them.
 */
export const canSeeContacts = (actor: Actor | undefined, organizationId: string) =>
  actor !== undefined &&
  (isCity(actor) ||
    actor.role === "office-staff" ||
    actor.role === "partner-member" ||
    actor.memberships?.some((m) => m.actsAs === "office-staff" || m.actsAs === "partner-member") === true ||
    memberOf(actor, organizationId));

/** Members edit their own organization; the city edits any. */
export const canEditOrganization = (actor: Actor, organizationId: string) =>
  isCity(actor) || memberOf(actor, organizationId);

/** The city approves or reverts edits, marks profiles verified and merges duplicates. */
export const canReviewOrganizations = (actor: Actor) => isCity(actor);
