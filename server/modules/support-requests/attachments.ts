import type { Tx } from "../../db/client.ts";
import type { FileStorage } from "../../platform/files/storage.ts";
import type { supportAttachments } from "./support-requests.table.ts";

/** A file as a person sent it: its name and bytes (the declared type is never trusted). */
export type UploadedFile = { name: string; bytes: Uint8Array };

export type AttachmentRow = typeof supportAttachments.$inferSelect;

/**
 * Checks each file by its content (kind recognized from the bytes, size, count) and stores it: the bytes
 * in file storage, a row in `support_attachments`. Refuses the whole batch with a field-named error
 * (`attachments`) before writing anything. (Owner: intake helper — stub.)
 */
export async function saveAttachments(
  _tx: Tx,
  _storage: FileStorage,
  _input: { requestId: string; messageId: string | null; uploadedBy: string | null; files: UploadedFile[] },
): Promise<AttachmentRow[]> {
  throw new Error("not implemented yet");
}
