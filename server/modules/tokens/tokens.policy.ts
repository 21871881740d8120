import type { Actor } from "../../platform/actor.ts";

/** API tokens carry a role, so only the city's admins issue, list and revoke them. */
export const canManageTokens = (actor: Actor) => actor.role === "admin";
