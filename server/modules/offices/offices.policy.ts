import type { Actor } from "../../platform/actor.ts";

/** Admins and program managers: the city sees every office's desk and its staff. */
export const isCity = (actor: Actor) => actor.role === "admin" || actor.role === "program-manager";

/** The city admin sets offices up (the operator at the CLI has the same reach). */
export const isCityAdmin = (actor: Actor) => actor.role === "admin";

/** The organizations the actor represents: a user's memberships, an organization token's organization. */
function organizationsOf(actor: Actor): string[] {
  const ids = new Set(actor.memberships?.map((m) => m.organizationId) ?? []);
  if (actor.organizationId) ids.add(actor.organizationId);
  return [...ids];
}

const ownerOf = (actor: Actor, organizationId: string) =>
  actor.memberships?.some((m) => m.organizationId === organizationId && m.role === "owner") === true;

type OfficeFacts = { organizationId: string };

/** Making an overseas-office organization a support desk: the city admin. */
export const canCreateOffice = isCityAdmin;

/**
 * Hours, services, SLA targets and staff skills of an office: the city admin, or an owner of the office's
 * organization (they run the office; its other members are staff who work the queue).
 */
export const canManageOffice = (actor: Actor, office: OfficeFacts) =>
  isCityAdmin(actor) || ownerOf(actor, office.organizationId);

/** The staff list (names, e-mail, load): the city and the office's own people. */
export const canSeeStaff = (actor: Actor, office: OfficeFacts) =>
  isCity(actor) || organizationsOf(actor).includes(office.organizationId);

/** The route gate of office writes, before the office is looked up: the city admin or someone who owns an organization. */
export const mayManageSomeOffice = (actor: Actor) =>
  isCityAdmin(actor) || actor.memberships?.some((m) => m.role === "owner") === true;

/** Company members may ask an office for support (the support desk decides the rest). */
export const isCompanyMember = (actor: Actor) =>
  actor.role === "company-member" || actor.memberships?.some((m) => m.actsAs === "company-member") === true;
