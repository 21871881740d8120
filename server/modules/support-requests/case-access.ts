import { and, eq } from "drizzle-orm";
import type {
  AttachmentView,
  SupportRequestView,
} from "../../../contracts/support-requests/support-request.ts";
import type { Executor } from "../../db/client.ts";
import type { Actor, Caller } from "../../platform/actor.ts";
import { AppError, notFound } from "../../platform/errors.ts";
import type { StoredFile } from "../../platform/files/storage.ts";
import { isUuid } from "../../platform/ids.ts";
import { authorize } from "../../platform/policy.ts";
import { type AttachmentRow, checkAttachments, storeAttachments, type UploadedFile } from "./attachments.ts";
import { attachmentUrl, caseView, isVisibleAttachment } from "./case-view.ts";
import { canReply, canSeeCase, canSeeInternal, canUseSupportDesk } from "./support-requests.policy.ts";
import { type CaseRecord, findCase, lockCase, partiesOf, updateCase } from "./support-requests.repository.ts";
import type { SupportRequestsDeps, WriteOptions } from "./support-requests.service.ts";
import { supportAttachments, supportMessages } from "./support-requests.table.ts";

/** The case if the actor may see it; unknown ids and other people's cases alike are NOT_FOUND. */
async function visibleCase(ex: Executor, actor: Actor, id: string): Promise<CaseRecord> {
  const record = isUuid(id) ? await findCase(ex, id) : undefined;
  if (!record || !canSeeCase(actor, partiesOf(record))) throw notFound();
  return record;
}

/** One request with its thread as the caller may see it. */
export async function getCase(
  deps: Pick<SupportRequestsDeps, "db">,
  caller: Caller | undefined,
  id: string,
  options: WriteOptions,
): Promise<SupportRequestView> {
  authorize(caller?.actor, canUseSupportDesk);
  const record = await visibleCase(deps.db, caller.actor, id);
  return caseView(deps.db, caller.actor, record, options.now ?? new Date());
}

export const attachmentView = (row: AttachmentRow): AttachmentView => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  contentType: row.contentType,
  size: row.size,
  url: attachmentUrl(row.requestId, row.id),
  createdAt: row.createdAt.toISOString(),
});

/**
 * Files added to a request outside a message, by either side while it is not closed: the rows, the last
 * activity and the audit event in one transaction (bytes are checked before it starts).
 */
export async function attachFiles(
  deps: Pick<SupportRequestsDeps, "db" | "files" | "audit">,
  caller: Caller | undefined,
  id: string,
  files: UploadedFile[],
): Promise<AttachmentView[]> {
  authorize(caller?.actor, canUseSupportDesk);
  const { actor } = caller;
  await visibleCase(deps.db, actor, id);
  if (files.length === 0) {
    throw new AppError("VALIDATION_FAILED", { fields: [{ field: "attachments", message: "is required" }] });
  }
  const checked = await checkAttachments(files);
  return deps.db.transaction(async (tx) => {
    const record = await lockCase(tx, id);
    if (!record || !canSeeCase(actor, partiesOf(record))) throw notFound();
    if (!canReply(actor, partiesOf(record))) {
      throw new AppError("CONFLICT", {
        fields: [{ field: "attachments", message: "cannot be added: the request is closed" }],
      });
    }
    const rows = await storeAttachments(tx, deps.files, {
      requestId: id,
      messageId: null,
      uploadedBy: actor.kind === "user" ? actor.id : null,
      files: checked,
    });
    await updateCase(tx, id, {});
    await deps.audit.record(
      caller,
      {
        action: "support-request.attach",
        resourceType: "support-request",
        resourceId: id,
        after: {
          attachments: rows.map((a) => ({
            id: a.id,
            name: a.name,
            kind: a.kind,
            size: a.size,
            sha256: a.sha256,
          })),
        },
      },
      tx,
    );
    return rows.map(attachmentView);
  });
}

/**
 * A file for download: the reader must see the request, and a file of an internal note only the office's
 * side may open. Anything else, like an unknown id, is NOT_FOUND.
 */
export async function openAttachment(
  deps: Pick<SupportRequestsDeps, "db" | "files">,
  caller: Caller | undefined,
  id: string,
  attachmentId: string,
): Promise<{ file: StoredFile; name: string; contentType: string }> {
  authorize(caller?.actor, canUseSupportDesk);
  const { actor } = caller;
  if (!isUuid(attachmentId)) throw notFound();
  const record = await visibleCase(deps.db, actor, id);
  const [attachment] = await deps.db
    .select()
    .from(supportAttachments)
    .where(and(eq(supportAttachments.id, attachmentId), eq(supportAttachments.requestId, id)));
  if (!attachment) throw notFound();
  const visible = new Set<string>();
  if (attachment.messageId) {
    const [message] = await deps.db
      .select({ visibility: supportMessages.visibility })
      .from(supportMessages)
      .where(eq(supportMessages.id, attachment.messageId));
    if (message && (message.visibility === "public" || canSeeInternal(actor, partiesOf(record)))) {
      visible.add(attachment.messageId);
    }
  }
  if (!isVisibleAttachment(attachment, visible)) throw notFound();
  const file = await deps.files.get(attachment.key);
  if (!file) throw notFound();
  return { file, name: attachment.name, contentType: attachment.contentType };
}
