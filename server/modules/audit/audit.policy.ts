import type { Actor } from "../../platform/actor.ts";

/** Only the city's admins read the audit log. */
export const canReadAudit = (actor: Actor) => actor.role === "admin";
