import type { SupportStatus } from "../../../contracts/support-requests/vocabulary.ts";
import type { Actor } from "../../platform/actor.ts";

/** Admins and program managers: the city oversees every office's desk and may act in any case. */
export const isCity = (actor: Actor) => actor.role === "admin" || actor.role === "program-manager";

/** The organizations the actor represents: a user's memberships, an organization token's organization. */
export function organizationsOf(actor: Actor): string[] {
  const ids = new Set(actor.memberships?.map((m) => m.organizationId) ?? []);
  if (actor.organizationId) ids.add(actor.organizationId);
  return [...ids];
}

const memberOf = (actor: Actor, organizationId: string) => organizationsOf(actor).includes(organizationId);

/** The office organizations whose staff the actor is (members of an `overseas-office` organization). */
export const staffOfficesOf = (actor: Actor): string[] =>
  actor.memberships?.filter((m) => m.actsAs === "office-staff").map((m) => m.organizationId) ?? [];

/** The route gate, before the body is read: the city, or someone who acts for an organization. */
export const canUseSupportDesk = (actor: Actor) => isCity(actor) || organizationsOf(actor).length > 0;

/** What the rules need to know of a request. */
export type CaseParties = {
  companyId: string;
  /** The organization of the office the request is routed to: its members are the staff. */
  officeOrganizationId: string;
  status: SupportStatus;
  /** When it was resolved (the reopen window counts from here). */
  resolvedAt: Date | null;
  reopenDays: number;
};

/** The office's side of a case: the city, or staff of the office it is routed to. */
export const isOfficeSide = (actor: Actor, p: Pick<CaseParties, "officeOrganizationId">) =>
  isCity(actor) || memberOf(actor, p.officeOrganizationId);

/** The company's side: members of the requesting company (and its organization tokens). */
export const isCompanySide = (actor: Actor, p: Pick<CaseParties, "companyId">) =>
  memberOf(actor, p.companyId);

/** Who sees a case at all: the two sides. Nobody else learns it exists (404, not 403). */
export const canSeeCase = (actor: Actor, p: CaseParties) => isOfficeSide(actor, p) || isCompanySide(actor, p);

/** Internal notes, assignments and SLA events are the office's: a company never sees them. */
export const canSeeInternal = (actor: Actor, p: Pick<CaseParties, "officeOrganizationId">) =>
  isOfficeSide(actor, p);

/** Whether a resolved request is still inside the office's reopen window at `now`. */
export function withinReopenWindow(p: Pick<CaseParties, "resolvedAt" | "reopenDays">, now: Date): boolean {
  if (!p.resolvedAt) return false;
  return now.getTime() <= p.resolvedAt.getTime() + p.reopenDays * 86_400_000;
}

type Side = "office" | "company";

/**
 * The workflow: to each status, from which statuses and by which side. new → triaged → in-progress ⇄
 * waiting-on-company → resolved → closed. A resolved request goes back to in-progress when reopened (the
 * company only within the reopen window); the company may also close (withdraw) an open request.
 */
export const transitions: Record<Exclude<SupportStatus, "new">, { from: SupportStatus[]; by: Side[] }[]> = {
  triaged: [{ from: ["new"], by: ["office"] }],
  "in-progress": [
    { from: ["new", "triaged", "waiting-on-company"], by: ["office"] },
    { from: ["waiting-on-company"], by: ["company"] },
    { from: ["resolved"], by: ["office", "company"] },
  ],
  "waiting-on-company": [{ from: ["triaged", "in-progress"], by: ["office"] }],
  resolved: [{ from: ["triaged", "in-progress", "waiting-on-company"], by: ["office"] }],
  closed: [
    { from: ["resolved"], by: ["office", "company"] },
    { from: ["new", "triaged", "in-progress", "waiting-on-company"], by: ["company"] },
  ],
};

/** The statuses the actor may move this case to now (the page shows exactly these; the service agrees). */
export function nextStatusesFor(actor: Actor, p: CaseParties, now: Date): SupportStatus[] {
  const sides: Side[] = [];
  if (isOfficeSide(actor, p)) sides.push("office");
  if (isCompanySide(actor, p)) sides.push("company");
  const result: SupportStatus[] = [];
  for (const [to, rules] of Object.entries(transitions) as [
    SupportStatus,
    (typeof transitions)["triaged"],
  ][]) {
    const allowed = rules.some(
      (rule) =>
        rule.from.includes(p.status) &&
        rule.by.some(
          (side) =>
            sides.includes(side) &&
            // The company reopens only within the window; the office may reopen any resolved request.
            !(
              side === "company" &&
              p.status === "resolved" &&
              to === "in-progress" &&
              !withinReopenWindow(p, now)
            ),
        ),
    );
    if (allowed) result.push(to);
  }
  return result;
}

/** A public message may be written by either side while the case is not closed. */
export const canReply = (actor: Actor, p: CaseParties) => p.status !== "closed" && canSeeCase(actor, p);

/** Internal notes, assignment, priority and referrals: the office's side, while not closed. */
export const canWorkOn = (actor: Actor, p: CaseParties) => p.status !== "closed" && isOfficeSide(actor, p);

/** The company rates the support once it was resolved (not a request it withdrew before that). */
export const canRate = (actor: Actor, p: CaseParties) =>
  (p.status === "resolved" || p.status === "closed") && p.resolvedAt !== null && isCompanySide(actor, p);
