import type { Actor } from "../../platform/actor.ts";

/** Imports rewrite records of every organization, so only the city's admins run them. */
export const canImport = (actor: Actor) => actor.role === "admin";
