import { and, asc, eq, exists, inArray, or } from "drizzle-orm";
import type { MessageCreate } from "../../../contracts/support-requests/support-request.ts";
import type { Db, Executor, Tx } from "../../db/client.ts";
import type { Actor, Caller } from "../../platform/actor.ts";
import { AppError, invalid, notFound } from "../../platform/errors.ts";
import { isUuid } from "../../platform/ids.ts";
import { authorize } from "../../platform/policy.ts";
import { users } from "../accounts/accounts.table.ts";
import { organizationMembers } from "../memberships/memberships.table.ts";
import { officeCalendar } from "../offices/offices.service.ts";
import {
  type CheckedAttachment,
  checkAttachments,
  storeAttachments,
  type UploadedFile,
} from "./attachments.ts";
import { scheduleSla } from "./sla.jobs.ts";
import { firstResponse } from "./sla.ts";
import { companyPeople, officePeople, recipients, sendEach, usersById } from "./support-requests.mail.ts";
import {
  canReply,
  canSeeCase,
  canUseSupportDesk,
  canWorkOn,
  isOfficeSide,
} from "./support-requests.policy.ts";
import {
  type CaseRecord,
  findCase,
  type OfficeRow,
  partiesOf,
  updateCase,
} from "./support-requests.repository.ts";
import { supportMessages } from "./support-requests.table.ts";
import { applyTransition, type CaseContext, mailBase, notWhile, sideOf, userIdOf } from "./workflow.ts";

/*
 * The thread of a support request: public replies by either side and the office's internal notes with
 * @mentions of its staff. A company never sees an internal note (case-view.ts filters them), nor gets
 * mail about one.
 */

export type MessageRow = typeof supportMessages.$inferSelect;

/** A person's name for the thread and the history (the audit log keeps their id); tokens by label. */
export async function actorName(ex: Executor, actor: Actor): Promise<string> {
  if (actor.kind !== "user") return actor.label;
  const [user] = await ex.select({ name: users.name }).from(users).where(eq(users.id, actor.id));
  return user?.name || actor.label;
}

export async function insertMessage(
  tx: Tx,
  message: typeof supportMessages.$inferInsert,
): Promise<MessageRow> {
  const [row] = await tx.insert(supportMessages).values(message).returning();
  return row!;
}

/** The office's staff: the members of its organization, by name. */
export async function staffOf(
  ex: Executor,
  office: Pick<OfficeRow, "organizationId">,
): Promise<{ id: string; name: string }[]> {
  return ex
    .select({ id: users.id, name: users.name })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(eq(organizationMembers.organizationId, office.organizationId))
    .orderBy(asc(users.name), asc(users.id));
}

/** Who can be assigned or mentioned on a case: its office's staff, for the office's side (else 403). */
export async function staffForCase(
  db: Db,
  caller: Caller | undefined,
  id: string,
): Promise<{ id: string; name: string }[]> {
  authorize(caller?.actor, canUseSupportDesk);
  if (!isUuid(id)) throw notFound();
  const record = await findCase(db, id);
  if (!record || !canSeeCase(caller.actor, partiesOf(record))) throw notFound();
  if (!isOfficeSide(caller.actor, partiesOf(record))) throw new AppError("FORBIDDEN");
  return staffOf(db, record.office);
}

const memberOfOffice = (office: Pick<OfficeRow, "organizationId">) =>
  and(
    eq(organizationMembers.userId, users.id),
    eq(organizationMembers.organizationId, office.organizationId),
  );

/** Whether `userId` is a staff member of the office (a member of its organization). */
export async function isStaffOf(
  ex: Executor,
  office: Pick<OfficeRow, "organizationId">,
  userId: string,
): Promise<boolean> {
  const [found] = await ex
    .select({ id: organizationMembers.userId })
    .from(organizationMembers)
    .where(
      and(
        eq(organizationMembers.userId, userId),
        eq(organizationMembers.organizationId, office.organizationId),
      ),
    );
  return found !== undefined;
}

/** Of `ids`, those who may be mentioned in an internal note: the office's staff and the city's people. */
async function mentionable(ex: Executor, office: OfficeRow, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await ex
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        inArray(users.id, ids),
        or(
          inArray(users.role, ["admin", "program-manager"]),
          exists(
            ex
              .select({ one: organizationMembers.id })
              .from(organizationMembers)
              .where(memberOfOffice(office)),
          ),
        ),
      ),
    );
  return new Set(rows.map((row) => row.id));
}

/**
 * The files of a message, checked by their content before the case is locked (reading a large file takes
 * a while); refused as a whole with a field-named error (`attachments`).
 */
export async function checkMessageFiles(
  caller: Caller | undefined,
  files: UploadedFile[],
): Promise<CheckedAttachment[]> {
  authorize(caller?.actor, canUseSupportDesk);
  return files.length > 0 ? checkAttachments(files) : [];
}

/**
 * Posts a public reply (either side, while not closed) or an internal note (the office's side only) with
 * its files. The office's first public reply stops the first-response clock; the company's reply while
 * the office waits on it moves the case back to in progress. Mail: a public reply goes to the other side,
 * an internal note to the people it mentions.
 */
export async function applyMessage(
  ctx: CaseContext,
  record: CaseRecord,
  input: MessageCreate,
  files: CheckedAttachment[],
): Promise<CaseRecord> {
  const { tx, now, caller, deps } = ctx;
  const { actor } = caller;
  const { row, office } = record;
  const parties = partiesOf(record);
  const internal = input.visibility === "internal";
  if (internal && !isOfficeSide(actor, parties)) throw new AppError("FORBIDDEN");
  if (internal ? !canWorkOn(actor, parties) : !canReply(actor, parties)) {
    throw new AppError("INVALID_TRANSITION", { fields: [{ field: "body", message: notWhile(row.status) }] });
  }
  const mentions = [...new Set(input.mentions)];
  if (mentions.length > 0) {
    if (!internal) throw invalid("mentions", "can be used in internal notes only");
    const allowed = await mentionable(tx, office, mentions);
    if (mentions.some((id) => !allowed.has(id))) {
      throw invalid("mentions", "must be staff of the office or of the city");
    }
  }
  const side = sideOf(actor, parties);
  const label = await actorName(tx, actor);
  const message = await insertMessage(tx, {
    requestId: row.id,
    visibility: input.visibility,
    side,
    authorId: userIdOf(actor),
    authorLabel: label,
    body: input.body,
    mentions,
  });
  const saved =
    files.length > 0
      ? await storeAttachments(tx, deps.files, {
          requestId: row.id,
          messageId: message.id,
          uploadedBy: userIdOf(actor),
          files,
        })
      : [];
  const answers = !internal && side === "office";
  const set = answers ? firstResponse(row, officeCalendar(office, now), now) : {};
  // Bumps the last activity (and stops the first-response clock on the office's first public reply).
  let next: CaseRecord = { ...record, row: await updateCase(tx, row.id, set) };
  await deps.audit.record(
    caller,
    {
      action: "support-request.message",
      resourceType: "support-request",
      resourceId: row.id,
      after: {
        messageId: message.id,
        visibility: message.visibility,
        side,
        mentions,
        attachments: saved.map((a) => ({ id: a.id, name: a.name, kind: a.kind, size: a.size })),
      },
    },
    tx,
  );
  if ("firstRespondedAt" in set) await scheduleSla(deps.jobs, tx, next.row, office);
  if (!internal && side === "company" && row.status === "waiting-on-company") {
    next = await applyTransition(ctx, next, { to: "in-progress" }, { notify: false });
  }
  if (internal) {
    const mentioned = await usersById(tx, mentions);
    await sendEach(deps.mail, tx, "support-request-mention", recipients(actor, mentioned), (r) => ({
      ...mailBase(ctx, next, r),
      author: label,
      body: input.body,
    }));
  } else {
    const people = side === "office" ? await companyPeople(tx, next) : await officePeople(tx, next);
    await sendEach(deps.mail, tx, "support-request-reply", recipients(actor, people), (r) => ({
      ...mailBase(ctx, next, r),
      author: label,
      body: input.body,
    }));
  }
  return next;
}
