import type { Actor } from "../actor.ts";

/** The outbox holds every mail with its links (password resets included), so only city admins read it. */
export const canReadOutbox = (actor: Actor) => actor.role === "admin";
