import type { OrganizationKind } from "../../../contracts/organizations/organization.ts";
import type { Actor } from "../../platform/actor.ts";
import { roleForKind } from "../memberships/memberships.service.ts";

/** The organization an opportunity belongs to, as the policies need it. */
export type OwnerOrganization = { id: string; kind: OrganizationKind };

const isCity = (actor: Actor) => actor.role === "admin" || actor.role === "program-manager";

/** Members of the organization; an API token issued for an organization acts as one of its members. */
const memberOf = (actor: Actor, organizationId: string) =>
  actor.memberships?.some((m) => m.organizationId === organizationId) === true ||
  (actor.kind === "token" && actor.organizationId === organizationId);

/** Partners and overseas offices post opportunities (contract §5); local companies answer them. */
const posts = (kind: OrganizationKind) => roleForKind(kind) !== "company-member";

/**
 * Who may post an opportunity for `owner`: the city for any organization; a member of a partner or an
 * overseas office for that organization (decision 016: the capacity follows the organization's kind).
 */
export const canPostFor = (actor: Actor, owner: OwnerOrganization) =>
  isCity(actor) || (memberOf(actor, owner.id) && posts(owner.kind));

/** Who may change, close or delete an opportunity: the owner's members and the city. */
export const canManageOpportunity = (actor: Actor, ownerId: string) =>
  isCity(actor) || memberOf(actor, ownerId);

/**
 * The routes' check before the body is read, when the owner is not known yet: the city, someone acting
 * for a partner or an office, or an organization's token (its kind is checked by the service).
 */
export const mayPost = (actor: Actor) =>
  isCity(actor) ||
  actor.memberships?.some((m) => m.actsAs === "partner-member" || m.actsAs === "office-staff") === true ||
  (actor.kind === "token" && actor.organizationId !== undefined);

/** The same for changes: the city, or anyone who represents an organization (the service checks which). */
export const mayManageSome = (actor: Actor) =>
  isCity(actor) ||
  (actor.memberships?.length ?? 0) > 0 ||
  (actor.kind === "token" && actor.organizationId !== undefined);

/** Whether every organization is open to the actor (the owner picker lists all partners and offices). */
export const postsForAnyone = isCity;
