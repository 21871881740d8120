import { type Locale, pickText } from "../../../contracts/common/locale-text.ts";
import type {
  RatingCreate,
  SupportRequestPatch,
  SupportRequestView,
  TransitionCreate,
} from "../../../contracts/support-requests/support-request.ts";
import { type SupportStatus, supportStatusNames } from "../../../contracts/support-requests/vocabulary.ts";
import type { Db, Tx } from "../../db/client.ts";
import type { Actor, Caller } from "../../platform/actor.ts";
import { AppError, invalid, notFound } from "../../platform/errors.ts";
import { isUuid } from "../../platform/ids.ts";
import { authorize } from "../../platform/policy.ts";
import { officeCalendar } from "../offices/offices.service.ts";
import { caseView } from "./case-view.ts";
import { scheduleSla } from "./sla.jobs.ts";
import { dueTimes, firstResponse, pause, resume } from "./sla.ts";
import {
  caseUrl,
  companyPeople,
  officePeople,
  type Recipient,
  recipients,
  sendEach,
  usersById,
} from "./support-requests.mail.ts";
import {
  type CaseParties,
  canSeeCase,
  canUseSupportDesk,
  isCompanySide,
  isOfficeSide,
  nextStatusesFor,
  transitions,
} from "./support-requests.policy.ts";
import {
  type CaseRecord,
  insertEvent,
  lockCase,
  partiesOf,
  type SupportRequestInsert,
  updateCase,
} from "./support-requests.repository.ts";
import type { SupportRequestsDeps, WriteOptions } from "./support-requests.service.ts";
import { actorName, insertMessage, isStaffOf } from "./thread.ts";

/*
 * The workflow of a support request: moves between statuses (`transitions` in the policy) with their SLA
 * clocks, and the office's priority and assignment. Every function here works inside the caller's
 * transaction on a locked case, so the bulk actions reuse them one request at a time.
 */

export type WorkflowDeps = Pick<SupportRequestsDeps, "audit" | "mail" | "files" | "jobs" | "baseURL">;

/** One write on one locked case: who, in which transaction, at which instant. */
export type CaseContext = {
  deps: WorkflowDeps;
  caller: Caller;
  tx: Tx;
  now: Date;
  locale: Locale | undefined;
};

/** The field message naming the current status ("is not possible while the request is resolved"). */
export const notWhile = (status: SupportStatus) =>
  `is not possible while the request is ${supportStatusNames[status].en.toLowerCase()}`;

const refused = (field: string, message: string) =>
  new AppError("INVALID_TRANSITION", { fields: [{ field, message }], detail: `${field} ${message}` });

/** The side the actor acts for on this case (the city and the office's staff are the office's side). */
export const sideOf = (actor: Actor, parties: CaseParties): "office" | "company" =>
  isOfficeSide(actor, parties) ? "office" : "company";

export const userIdOf = (actor: Actor) => (actor.kind === "user" ? actor.id : null);

/**
 * Runs `work` on one case under its row lock, after checking the caller may use the desk and see the case
 * (anyone else learns nothing: 404), and answers the case as the caller now sees it.
 */
export async function withCase(
  db: Db,
  deps: WorkflowDeps,
  caller: Caller | undefined,
  id: string,
  options: WriteOptions,
  work: (ctx: CaseContext, record: CaseRecord) => Promise<CaseRecord>,
): Promise<SupportRequestView> {
  authorize(caller?.actor, canUseSupportDesk);
  const now = options.now ?? new Date();
  if (!isUuid(id)) throw notFound();
  return db.transaction(async (tx) => {
    const record = await lockCase(tx, id);
    if (!record || !canSeeCase(caller.actor, partiesOf(record))) throw notFound();
    const ctx: CaseContext = { deps, caller, tx, now, locale: options.locale };
    const after = await work(ctx, record);
    return caseView(tx, caller.actor, after, now);
  });
}

/** Why the actor may not move the case to `to` now: 403 if their side never may, else 409 naming the status. */
function refusal(actor: Actor, parties: CaseParties, to: SupportStatus): AppError {
  const sides = [
    ...(isOfficeSide(actor, parties) ? ["office" as const] : []),
    ...(isCompanySide(actor, parties) ? ["company" as const] : []),
  ];
  const rules = to === "new" ? [] : transitions[to];
  if (!rules.some((rule) => rule.by.some((side) => sides.includes(side)))) return new AppError("FORBIDDEN");
  if (parties.status === "resolved" && to === "in-progress") {
    return refused("to", "can no longer be reopened: the reopen period has ended");
  }
  return refused("to", notWhile(parties.status));
}

/** The mail fields every support-desk mail shares, for one recipient. */
export const mailBase = (ctx: CaseContext, record: CaseRecord, recipient: Recipient) => ({
  name: recipient.name,
  number: record.row.number,
  subject: record.row.subject,
  url: caseUrl(ctx.deps.baseURL, record.row.id, recipient.locale),
});

/**
 * Moves the case to `input.to`: checks the workflow for the actor's side, posts the message (required to
 * ask the company for an answer) as a public reply, pauses or resumes the SLA clocks, records the status
 * event and the audit event, reschedules the SLA jobs and mails the other side (unless `notify` is false:
 * the company's reply that moves the case back already mails the office).
 */
export async function applyTransition(
  ctx: CaseContext,
  record: CaseRecord,
  input: TransitionCreate,
  { notify = true }: { notify?: boolean } = {},
): Promise<CaseRecord> {
  const { tx, now, caller, deps } = ctx;
  const { actor } = caller;
  const { row, office } = record;
  const parties = partiesOf(record);
  const from = row.status;
  const to = input.to;
  if (!nextStatusesFor(actor, parties, now).includes(to)) throw refusal(actor, parties, to);
  const message = input.message?.trim() || undefined;
  if (to === "waiting-on-company" && !message) {
    throw invalid("message", "is required when asking the company for an answer");
  }
  const side = sideOf(actor, parties);
  const label = await actorName(tx, actor);
  const calendar = officeCalendar(office, now);
  const set: Partial<SupportRequestInsert> = { status: to };
  if (message) {
    await insertMessage(tx, {
      requestId: row.id,
      visibility: "public",
      side,
      authorId: userIdOf(actor),
      authorLabel: label,
      body: message,
      mentions: [],
    });
    if (side === "office") Object.assign(set, firstResponse(row, calendar, now));
  }
  // Nothing is due while the company has the ball, once resolved (until reopened) or closed.
  if (to === "waiting-on-company" || to === "resolved" || to === "closed")
    Object.assign(set, pause(row, now));
  if (to === "in-progress" && (from === "waiting-on-company" || from === "resolved")) {
    Object.assign(set, resume(row, office.slaTargets[row.priority], calendar, now));
  }
  if (to === "resolved") set.resolvedAt = now;
  if (from === "resolved" && to === "in-progress") {
    set.resolvedAt = null;
    set.reopenCount = row.reopenCount + 1;
  }
  if (to === "closed") set.closedAt = now;
  const after = await updateCase(tx, row.id, set);
  await insertEvent(tx, {
    requestId: row.id,
    kind: "status",
    fromStatus: from,
    toStatus: to,
    actorId: userIdOf(actor),
    actorLabel: label,
    detail: notify ? {} : { automatic: true },
  });
  await deps.audit.record(
    caller,
    {
      action: "support-request.transition",
      resourceType: "support-request",
      resourceId: row.id,
      before: row,
      after,
    },
    tx,
  );
  await scheduleSla(deps.jobs, tx, after, office);
  const next = { ...record, row: after };
  if (notify) {
    const people = side === "office" ? await companyPeople(tx, next) : await officePeople(tx, next);
    await sendEach(deps.mail, tx, "support-request-status", recipients(actor, people), (r) => ({
      ...mailBase(ctx, next, r),
      from,
      to,
      actor: label,
      message,
    }));
  }
  return next;
}

/**
 * The office changes the priority (the due times follow the new target; while paused, resuming computes
 * them) or the assignee (a member of the office's organization, or null), each with its history event.
 */
export async function applyUpdate(
  ctx: CaseContext,
  record: CaseRecord,
  patch: SupportRequestPatch,
): Promise<CaseRecord> {
  const { tx, now, caller, deps } = ctx;
  const { actor } = caller;
  const { row, office } = record;
  const parties = partiesOf(record);
  if (!isOfficeSide(actor, parties)) throw new AppError("FORBIDDEN");
  const field = patch.priority !== undefined ? "priority" : "assigneeId";
  if (row.status === "closed") throw refused(field, notWhile("closed"));
  const set: Partial<SupportRequestInsert> = {};
  const label = await actorName(tx, actor);
  const reassigned = patch.assigneeId !== undefined && patch.assigneeId !== row.assigneeId;
  if (reassigned && patch.assigneeId !== null && patch.assigneeId !== undefined) {
    if (!(await isStaffOf(tx, office, patch.assigneeId))) {
      throw invalid("assigneeId", "must be a staff member of the office");
    }
  }
  if (reassigned) set.assigneeId = patch.assigneeId ?? null;
  const reprioritized = patch.priority !== undefined && patch.priority !== row.priority;
  if (reprioritized && patch.priority) {
    set.priority = patch.priority;
    // While paused the stored due times are stale anyway: `resume` computes them with the new target.
    if (!row.slaPausedAt) {
      const due = dueTimes(row, office.slaTargets[patch.priority], officeCalendar(office, now));
      set.resolutionDueAt = due.resolutionDueAt;
      // An answered request keeps the due time it was answered against.
      if (!row.firstRespondedAt) set.firstResponseDueAt = due.firstResponseDueAt;
    }
  }
  if (!reassigned && !reprioritized) return record;
  const after = await updateCase(tx, row.id, set);
  const next = { ...record, row: after };
  if (reassigned) {
    const [assignee] = after.assigneeId ? await usersById(tx, [after.assigneeId]) : [];
    await insertEvent(tx, {
      requestId: row.id,
      kind: "assignment",
      fromStatus: null,
      toStatus: null,
      actorId: userIdOf(actor),
      actorLabel: label,
      detail: {
        assigneeId: after.assigneeId,
        assignee: assignee?.name ?? null,
        previousAssigneeId: row.assigneeId,
      },
    });
    if (assignee) {
      await sendEach(
        deps.mail,
        tx,
        "support-request-assigned-to-you",
        recipients(actor, [assignee]),
        (r) => ({
          ...mailBase(ctx, next, r),
          actor: label,
          company: pickText(record.companyName, r.locale),
          priority: after.priority,
        }),
      );
    }
  }
  if (reprioritized) {
    await insertEvent(tx, {
      requestId: row.id,
      kind: "priority",
      fromStatus: null,
      toStatus: null,
      actorId: userIdOf(actor),
      actorLabel: label,
      detail: { from: row.priority, to: after.priority },
    });
  }
  await deps.audit.record(
    caller,
    {
      action: "support-request.update",
      resourceType: "support-request",
      resourceId: row.id,
      before: row,
      after,
    },
    tx,
  );
  await scheduleSla(deps.jobs, tx, after, office);
  return next;
}

/**
 * The company rates the support once the request is resolved or closed; it may change its rating until
 * the request is closed (then the rating it gave stays).
 */
export async function applyRating(
  ctx: CaseContext,
  record: CaseRecord,
  input: RatingCreate,
): Promise<CaseRecord> {
  const { tx, now, caller, deps } = ctx;
  const { actor } = caller;
  const { row } = record;
  const parties = partiesOf(record);
  if (!isCompanySide(actor, parties)) throw new AppError("FORBIDDEN");
  // A request withdrawn before it was resolved is closed without `resolvedAt`: there is nothing to rate.
  if ((row.status !== "resolved" && row.status !== "closed") || row.resolvedAt === null) {
    throw refused("score", notWhile(row.status));
  }
  if (row.status === "closed" && row.rating !== null) {
    throw new AppError("CONFLICT", {
      fields: [{ field: "score", message: "can no longer be changed: the request is closed" }],
    });
  }
  const after = await updateCase(tx, row.id, {
    rating: input.score,
    ratingComment: input.comment?.trim() || null,
    ratedAt: now,
  });
  await deps.audit.record(
    caller,
    {
      action: "support-request.rate",
      resourceType: "support-request",
      resourceId: row.id,
      before: row,
      after,
    },
    tx,
  );
  const next = { ...record, row: after };
  await sendEach(
    deps.mail,
    tx,
    "support-request-rated",
    recipients(actor, await officePeople(tx, next)),
    (r) => ({
      ...mailBase(ctx, next, r),
      company: pickText(record.companyName, r.locale),
      score: input.score,
      comment: input.comment?.trim() || undefined,
    }),
  );
  return next;
}
