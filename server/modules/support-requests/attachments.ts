import { createHash } from "node:crypto";
import { inflateRawSync } from "node:zlib";
import { sql } from "drizzle-orm";
import sharp from "sharp";
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENTS_PER_MESSAGE,
  type AttachmentKind,
} from "../../../contracts/support-requests/vocabulary.ts";
import type { Tx } from "../../db/client.ts";
import { AppError } from "../../platform/errors.ts";
import type { FileStorage } from "../../platform/files/storage.ts";
import { supportAttachments } from "./support-requests.table.ts";

/** A file as a person sent it: its name and bytes (the declared type is never trusted). */
export type UploadedFile = { name: string; bytes: Uint8Array };

export type AttachmentRow = typeof supportAttachments.$inferSelect;

/** A file that passed the checks: what it is (from its bytes), under a safe name. */
export type CheckedAttachment = {
  name: string;
  kind: AttachmentKind;
  contentType: string;
  bytes: Uint8Array;
  sha256: string;
};

const field = "attachments";

/** Field messages, translated by server/platform/i18n.ts (a file's name goes in front, quoted). */
export const attachmentMessages = {
  tooLarge: "must be at most 10 MB",
  tooMany: "must be at most 5 files",
  empty: "must not be empty",
  kind: "must be a PDF, an image (PNG, JPEG, WebP), a Word, Excel or PowerPoint file (docx, xlsx, pptx), a Hangul document (hwp, hwpx) or UTF-8 text (txt, csv)",
  notMultipart: "must be sent as multipart/form-data",
  fileField: "files go under attachments",
} as const;

/** The content type each kind is stored and served with. */
export const attachmentContentTypes: Record<AttachmentKind, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpeg: "image/jpeg",
  webp: "image/webp",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  hwp: "application/x-hwp",
  hwpx: "application/hwp+zip",
  txt: "text/plain; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

/** File name extensions of each kind; the first is added when a name lacks one of them. */
const extensions: Record<AttachmentKind, string[]> = {
  pdf: ["pdf"],
  png: ["png"],
  jpeg: ["jpg", "jpeg"],
  webp: ["webp"],
  docx: ["docx"],
  xlsx: ["xlsx"],
  pptx: ["pptx"],
  hwp: ["hwp"],
  hwpx: ["hwpx"],
  txt: ["txt", "text", "log", "md"],
  csv: ["csv"],
};

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const PDF = ascii("%PDF-");
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const RIFF = ascii("RIFF");
const WEBP = ascii("WEBP");
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The first bytes of an HWP 5 file's `FileHeader` stream, which is never compressed. */
const HWP_SIGNATURE = Buffer.from("HWP Document File", "latin1");

type ZipEntry = { name: string; method: number; compressedSize: number; localOffset: number };

/**
 * The entry names of a ZIP archive from its central directory (read from the end-of-central-directory
 * record), or undefined when the archive is malformed. ZIP64 is not needed below 10 MB and not read.
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) return undefined;
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > end) return undefined;
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** A small entry's content (stored or deflated), or undefined when it cannot be read. */
function zipEntryText(bytes: Uint8Array, entry: ZipEntry): string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return undefined;
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = bytes.subarray(start, start + Math.min(entry.compressedSize, 4096));
  try {
    if (entry.method === 0) return Buffer.from(data).toString("utf8");
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: 4096 }).toString("utf8");
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * Office Open XML (by its main part's folder) or HWPX (by its `mimetype` entry). Other archives, and
 * documents carrying macros (`vbaProject.bin`: docm, xlsm, pptm saved under another name), are refused.
 */
function zipKind(bytes: Uint8Array): AttachmentKind | undefined {
  const entries = zipEntries(bytes);
  if (!entries) return undefined;
  const names = entries.map((entry) => entry.name);
  if (names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name))) return undefined;
  const mimetype = entries.find((entry) => entry.name === "mimetype");
  if (mimetype && zipEntryText(bytes, mimetype)?.trim() === "application/hwp+zip") return "hwpx";
  if (!names.includes("[Content_Types].xml")) return undefined;
  if (names.some((name) => name.startsWith("word/"))) return "docx";
  if (names.some((name) => name.startsWith("xl/"))) return "xlsx";
  if (names.some((name) => name.startsWith("ppt/"))) return "pptx";
  return undefined;
}

/** Whether sharp reads the image header as the format its magic bytes announced. */
async function isImage(bytes: Uint8Array, format: "png" | "jpeg" | "webp"): Promise<boolean> {
  try {
    const metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
    return metadata.format === format && (metadata.width ?? 0) > 0 && (metadata.height ?? 0) > 0;
  } catch {
    return false;
  }
}

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const extensionOf = (name: string) => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";

/**
 * What a file is, from its bytes only; the name matters just to tell CSV from text and to accept an OLE
 * compound file as HWP 5 (old .doc and .xls files are OLE too, and are refused). Undefined: not accepted.
 */
export async function detectKind(bytes: Uint8Array, name: string): Promise<AttachmentKind | undefined> {
  if (startsWith(bytes, PDF)) return "pdf";
  if (startsWith(bytes, PNG)) return (await isImage(bytes, "png")) ? "png" : undefined;
  if (startsWith(bytes, JPEG)) return (await isImage(bytes, "jpeg")) ? "jpeg" : undefined;
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8))
    return (await isImage(bytes, "webp")) ? "webp" : undefined;
  if (startsWith(bytes, ZIP)) return zipKind(bytes);
  if (startsWith(bytes, OLE)) {
    const hwp = extensionOf(name) === "hwp" && Buffer.from(bytes).includes(HWP_SIGNATURE);
    return hwp ? "hwp" : undefined;
  }
  if (isUtf8Text(bytes)) return extensionOf(name) === "csv" ? "csv" : "txt";
  return undefined;
}

// Control characters and invisible format marks, which can fake an extension ("report\u202Efdp.exe").
const unsafeCharacters = /[\p{Cc}\p{Cf}]/gu;
const MAX_NAME = 200;

/**
 * The name a file is kept and downloaded under: no folders, no control or bidi characters, no leading dots,
 * NFC (macOS sends Korean names decomposed), at most 200 characters, and ending in an extension of its
 * kind, so a text file named `run.bat` downloads as `run.bat.txt`.
 */
export function safeFileName(name: string, kind: AttachmentKind): string {
  const base = (name.normalize("NFC").split(/[\\/]/).pop() ?? "")
    .replace(unsafeCharacters, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+/, "");
  const allowed = extensions[kind];
  const extension = allowed.includes(extensionOf(base)) ? "" : `.${allowed[0]}`;
  const full = `${base || "attachment"}${extension}`;
  const characters = Array.from(full);
  if (characters.length <= MAX_NAME) return full;
  // Too long: shorten the stem, keep the extension.
  const kept = `.${extensionOf(full)}`;
  return `${characters
    .slice(0, MAX_NAME - kept.length)
    .join("")
    .trimEnd()}${kept}`;
}

/** How a file is named in a refusal: its name as sent, cleaned and shortened. */
const shown = (name: string) => {
  const clean = Array.from(name.normalize("NFC").replace(unsafeCharacters, "").replace(/[“”]/g, '"'));
  return clean.length > 80 ? `${clean.slice(0, 79).join("")}…` : clean.join("");
};
/** A field message about one file: its name quoted in front (i18n.ts translates the rest). */
export const fileMessage = (name: string, message: string) => `“${shown(name)}” ${message}`;

/**
 * Checks a batch of files by content, size and count, and refuses the whole batch (every problem named
 * under `attachments`) before anything is written: 413 when a file is too large, 415 when one is of a kind
 * not accepted, else 400.
 */
export async function checkAttachments(files: UploadedFile[]): Promise<CheckedAttachment[]> {
  if (files.length > ATTACHMENTS_PER_MESSAGE) {
    throw new AppError("VALIDATION_FAILED", { fields: [{ field, message: attachmentMessages.tooMany }] });
  }
  const problems: {
    code: "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "VALIDATION_FAILED";
    message: string;
  }[] = [];
  const checked: CheckedAttachment[] = [];
  for (const file of files) {
    if (file.bytes.length === 0) {
      problems.push({ code: "VALIDATION_FAILED", message: fileMessage(file.name, attachmentMessages.empty) });
      continue;
    }
    if (file.bytes.length > ATTACHMENT_MAX_BYTES) {
      problems.push({
        code: "PAYLOAD_TOO_LARGE",
        message: fileMessage(file.name, attachmentMessages.tooLarge),
      });
      continue;
    }
    const kind = await detectKind(file.bytes, file.name);
    if (!kind) {
      problems.push({
        code: "UNSUPPORTED_MEDIA_TYPE",
        message: fileMessage(file.name, attachmentMessages.kind),
      });
      continue;
    }
    checked.push({
      name: safeFileName(file.name, kind),
      kind,
      contentType: attachmentContentTypes[kind],
      bytes: file.bytes,
      sha256: createHash("sha256").update(file.bytes).digest("hex"),
    });
  }
  if (problems.length > 0) {
    const order = ["PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "VALIDATION_FAILED"] as const;
    const code = order.find((c) => problems.some((p) => p.code === c))!;
    throw new AppError(code, { fields: problems.map((p) => ({ field, message: p.message })) });
  }
  return checked;
}

const STORED_TYPE = "application/octet-stream";

/** The storage key of an attachment's bytes. */
export const attachmentKey = (requestId: string, attachmentId: string) =>
  `support/${requestId}/${attachmentId}`;

/**
 * Stores files already checked: a row in `support_attachments` (in `tx`), then the bytes under
 * `support/<requestId>/<attachmentId>` (as `application/octet-stream`). If the transaction fails afterwards, the rows roll back but bytes
 * already written stay behind as orphans (never reachable: every download goes through a row).
 */
export async function storeAttachments(
  tx: Tx,
  storage: FileStorage,
  input: {
    requestId: string;
    messageId: string | null;
    uploadedBy: string | null;
    files: CheckedAttachment[];
  },
): Promise<AttachmentRow[]> {
  if (input.files.length === 0) return [];
  // Ids from the database (uuidv7, increasing within the session) so the files keep the order they came in.
  const ids = await tx.execute<{ id: string }>(
    sql`select uuidv7()::text as id from generate_series(1, ${input.files.length})`,
  );
  const inserted = await tx
    .insert(supportAttachments)
    .values(
      input.files.map((file, i) => {
        const id = ids.rows[i]!.id;
        return {
          id,
          requestId: input.requestId,
          messageId: input.messageId,
          key: attachmentKey(input.requestId, id),
          name: file.name,
          kind: file.kind,
          contentType: file.contentType,
          size: file.bytes.length,
          sha256: file.sha256,
          uploadedBy: input.uploadedBy,
        };
      }),
    )
    .returning();
  const byId = new Map(inserted.map((row) => [row.id, row]));
  const rows = ids.rows.map(({ id }) => byId.get(id)!);
  // Stored as bytes without a type (the local disk types by extension and these keys have none): the row
  // holds the content type, and the only way to them is the permission-checked download, which sends it.
  for (const [i, file] of input.files.entries()) await storage.put(rows[i]!.key, file.bytes, STORED_TYPE);
  return rows;
}

/**
 * Checks each file by its content (kind recognized from the bytes, size, count) and stores it: the bytes
 * in file storage, a row in `support_attachments`. Refuses the whole batch with a field-named error
 * (`attachments`) before writing anything.
 */
export async function saveAttachments(
  tx: Tx,
  storage: FileStorage,
  input: { requestId: string; messageId: string | null; uploadedBy: string | null; files: UploadedFile[] },
): Promise<AttachmentRow[]> {
  if (input.files.length === 0) return [];
  const files = await checkAttachments(input.files);
  return storeAttachments(tx, storage, { ...input, files });
}
