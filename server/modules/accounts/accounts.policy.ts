import type { Actor } from "../../platform/actor.ts";

/** The city's admins see every account and give platform roles. */
export const canManageUsers = (actor: Actor) => actor.role === "admin";
