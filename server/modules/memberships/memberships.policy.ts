import type { Actor } from "../../platform/actor.ts";

const membership = (actor: Actor, organizationId: string) =>
  actor.memberships?.find((m) => m.organizationId === organizationId);

/** Members of an organization see its members; the city sees everyone's. */
export const canSeeMembers = (actor: Actor, organizationId: string) =>
  actor.role === "admin" || membership(actor, organizationId) !== undefined;

/** Owners manage their organization's members; the city can too. */
export const canManageMembers = (actor: Actor, organizationId: string) =>
  actor.role === "admin" || membership(actor, organizationId)?.role === "owner";

/** Claims are made by people (not API tokens) and decided by the city. */
export const canClaim = (actor: Actor) => actor.kind === "user";
export const canDecideClaims = (actor: Actor) => actor.role === "admin";
