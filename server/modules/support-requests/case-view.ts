import { asc, eq, inArray } from "drizzle-orm";
import type {
  AttachmentView,
  MessageView,
  SupportRequestSummary,
  SupportRequestView,
} from "../../../contracts/support-requests/support-request.ts";
import type { Executor } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { users } from "../accounts/accounts.table.ts";
import { officeCalendar } from "../offices/offices.service.ts";
import { clockViews } from "./sla.ts";
import {
  canRate,
  canReply,
  canSeeInternal,
  canWorkOn,
  isOfficeSide,
  nextStatusesFor,
} from "./support-requests.policy.ts";
import {
  type CaseRecord,
  type OfficeRow,
  partiesOf,
  type SupportRequestRow,
} from "./support-requests.repository.ts";
import {
  supportAttachments,
  supportEvents,
  supportMessages,
  supportReferrals,
} from "./support-requests.table.ts";

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** Where a file is downloaded: the API checks the reader may see the request (and an internal note's file). */
export const attachmentUrl = (requestId: string, attachmentId: string) =>
  `/api/v1/support-requests/${requestId}/attachments/${attachmentId}`;

/** A row of a list: the request, its office and company names, the assignee's name, both clocks now. */
export function summaryOf(
  row: SupportRequestRow,
  office: Pick<
    OfficeRow,
    "id" | "name" | "timeZone" | "hours" | "holidayCalendars" | "holidays" | "updatedAt"
  >,
  companyName: SupportRequestSummary["company"]["name"],
  assignee: { id: string; name: string } | null,
  now: Date,
): SupportRequestSummary {
  const calendar = officeCalendar(office, now);
  return {
    id: row.id,
    number: row.number,
    subject: row.subject,
    service: row.service,
    targetMarket: row.targetMarket,
    priority: row.priority,
    status: row.status,
    preferredLanguage: row.preferredLanguage,
    company: { id: row.companyId, name: companyName },
    office: { id: office.id, name: office.name, timeZone: office.timeZone },
    assignee,
    sla: clockViews(row, calendar, now),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    lastActivityAt: row.lastActivityAt.toISOString(),
  };
}

/**
 * What the actor may do on this case now. The page shows exactly these forms; the service checks the same
 * rules again when one is posted.
 */
export function actionsFor(actor: Actor, record: CaseRecord, now: Date): string[] {
  const parties = partiesOf(record);
  const actions: string[] = [];
  if (canReply(actor, parties)) actions.push("reply", "attach");
  if (canWorkOn(actor, parties)) actions.push("note", "assign", "priority", "refer");
  if (isOfficeSide(actor, parties)) actions.push("report-referral");
  for (const to of nextStatusesFor(actor, parties, now)) actions.push(`transition:${to}`);
  if (canRate(actor, parties)) actions.push("rate");
  return actions;
}

async function namesOf(ex: Executor, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await ex
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/**
 * The case as `actor` may see it: the office's side sees everything; the company never sees internal notes
 * (nor their files), assignments, priority changes or SLA events, nor a referral's contact and note.
 * The caller has already checked `canSeeCase`.
 */
export async function caseView(
  ex: Executor,
  actor: Actor,
  record: CaseRecord,
  now = new Date(),
): Promise<SupportRequestView> {
  const { row, office } = record;
  const internal = canSeeInternal(actor, partiesOf(record));
  // One after another: inside a transaction the four reads share one client, which runs one query at a time.
  const messages = await ex
    .select()
    .from(supportMessages)
    .where(eq(supportMessages.requestId, row.id))
    .orderBy(asc(supportMessages.createdAt), asc(supportMessages.id));
  const attachments = await ex
    .select()
    .from(supportAttachments)
    .where(eq(supportAttachments.requestId, row.id))
    .orderBy(asc(supportAttachments.createdAt), asc(supportAttachments.id));
  const events = await ex
    .select()
    .from(supportEvents)
    .where(eq(supportEvents.requestId, row.id))
    .orderBy(asc(supportEvents.createdAt), asc(supportEvents.id));
  const referrals = await ex
    .select()
    .from(supportReferrals)
    .where(eq(supportReferrals.requestId, row.id))
    .orderBy(asc(supportReferrals.createdAt), asc(supportReferrals.id));

  const visibleMessages = internal ? messages : messages.filter((m) => m.visibility === "public");
  const names = await namesOf(ex, [
    row.assigneeId,
    row.requestedBy,
    ...visibleMessages.flatMap((m) => m.mentions),
  ]);
  const toAttachment = (a: (typeof attachments)[number]): AttachmentView => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    contentType: a.contentType,
    size: a.size,
    url: attachmentUrl(row.id, a.id),
    createdAt: a.createdAt.toISOString(),
  });
  const filesOf = (messageId: string | null) =>
    attachments.filter((a) => a.messageId === messageId).map(toAttachment);
  const thread: MessageView[] = visibleMessages.map((m) => ({
    id: m.id,
    visibility: m.visibility,
    side: m.side,
    author: m.authorLabel,
    body: m.body,
    mentions: m.mentions.map((id) => ({ id, name: names.get(id) ?? "" })),
    attachments: filesOf(m.id),
    createdAt: m.createdAt.toISOString(),
  }));
  const assignee = row.assigneeId ? { id: row.assigneeId, name: names.get(row.assigneeId) ?? "" } : null;
  const reopenUntil =
    row.status === "resolved" && row.resolvedAt
      ? new Date(row.resolvedAt.getTime() + office.reopenDays * 86_400_000).toISOString()
      : null;
  return {
    ...summaryOf(row, office, record.companyName, assignee, now),
    description: row.description,
    requestedBy: row.requestedBy ? (names.get(row.requestedBy) ?? "") : "",
    firstRespondedAt: iso(row.firstRespondedAt),
    resolvedAt: iso(row.resolvedAt),
    closedAt: iso(row.closedAt),
    reopenUntil,
    rating:
      row.rating !== null && row.ratedAt
        ? { score: row.rating, comment: row.ratingComment, ratedAt: row.ratedAt.toISOString() }
        : null,
    attachments: filesOf(null),
    messages: thread,
    events: events
      .filter((e) => internal || e.kind === "status" || e.kind === "referral")
      .map((e) => ({
        kind: e.kind,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        actor: e.actorLabel,
        detail: e.detail,
        createdAt: e.createdAt.toISOString(),
      })),
    referrals: referrals.map((r) => ({
      id: r.id,
      partnerName: r.partnerName,
      partnerOrganizationId: r.partnerOrganizationId,
      contactEmail: internal ? r.contactEmail : null,
      note: internal ? r.note : "",
      status: r.status,
      outcome: r.outcome,
      referredBy: r.referredByLabel,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    })),
    actions: actionsFor(actor, record, now),
  };
}

/** Whether a file may be opened by a reader who sees `visibleMessageIds`: an internal note's files are the office's. */
export const isVisibleAttachment = (
  attachment: { messageId: string | null },
  visibleMessageIds: ReadonlySet<string>,
) => attachment.messageId === null || visibleMessageIds.has(attachment.messageId);
