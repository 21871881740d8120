import { notFound } from "../../platform/errors.ts";
import { isUuid } from "../../platform/ids.ts";
import type { MatchingState } from "./state.ts";

/** An organization's position in the snapshot; an unknown or malformed id is 404 NOT_FOUND. */
export function organizationAt(current: MatchingState, organizationId: string): number {
  const at = isUuid(organizationId) ? current.organizations.position.get(organizationId) : undefined;
  if (at === undefined) throw notFound();
  return at;
}

/** An opportunity of the snapshot; an unknown or malformed id is 404 NOT_FOUND. */
export function opportunityAt(current: MatchingState, opportunityId: string) {
  const at = isUuid(opportunityId) ? current.opportunities.position.get(opportunityId) : undefined;
  if (at === undefined) throw notFound();
  return current.opportunities.entries[at]!;
}
