import type { Actor } from "./actor.ts";
import { AppError } from "./errors.ts";

/**
 * Turns a policy decision into the right refusal: 401 when nobody is signed in, 403 when someone is
 * but may not. Every service write calls it before touching anything.
 */
export function authorize(
  actor: Actor | undefined,
  allowed: (actor: Actor) => boolean,
): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (!allowed(actor)) throw new AppError("FORBIDDEN");
}
