import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyRequest } from "fastify";
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENTS_PER_MESSAGE,
} from "../../../contracts/support-requests/vocabulary.ts";
import { AppError } from "../../platform/errors.ts";
import { attachmentMessages, fileMessage, type UploadedFile } from "./attachments.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** The files of a multipart request, read by `formToBody` (none for JSON). */
    uploads?: UploadedFile[];
  }
}

const field = "attachments";
const refusal = (
  code: "VALIDATION_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE",
  message: string,
) => new AppError(code, { fields: [{ field, message }] });

/**
 * Lets the routes of this scope take `multipart/form-data` (a form with files), with the desk's limits:
 * at most 5 files of 10 MB each. Registered per route scope, never app-wide.
 */
export async function registerUploads(app: FastifyInstance): Promise<void> {
  await app.register(multipart, {
    // A file over the limit is cut short and flagged (`truncated`), so the refusal can name it.
    throwFileSizeLimit: false,
    limits: {
      fileSize: ATTACHMENT_MAX_BYTES,
      files: ATTACHMENTS_PER_MESSAGE,
      fields: 40,
      fieldSize: 200_000,
      parts: 60,
    },
  });
}

/**
 * A `preValidation` hook: a multipart request's text fields become the body, so the route's schema
 * validates them exactly as a JSON body (empty fields count as absent), and its files — under
 * `attachments` only — become `request.uploads`. JSON requests pass through untouched.
 */
export async function formToBody(request: FastifyRequest): Promise<void> {
  if (!request.isMultipart()) return;
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  try {
    for await (const part of request.parts()) {
      if (part.type === "file") {
        if (part.fieldname !== field && part.fieldname !== `${field}[]`) {
          throw new AppError("VALIDATION_FAILED", {
            fields: [{ field: part.fieldname, message: attachmentMessages.fileField }],
          });
        }
        const bytes = await part.toBuffer();
        if (part.file.truncated) {
          throw refusal("PAYLOAD_TOO_LARGE", fileMessage(part.filename, attachmentMessages.tooLarge));
        }
        files.push({ name: part.filename, bytes });
      } else if (typeof part.value === "string" && part.value.trim() !== "") {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "FST_FILES_LIMIT") throw refusal("VALIDATION_FAILED", attachmentMessages.tooMany);
    // A form with more parts or fields than any of ours: refused as a whole, naming the attachments.
    if (code === "FST_PARTS_LIMIT" || code === "FST_FIELDS_LIMIT") {
      throw refusal("VALIDATION_FAILED", attachmentMessages.tooMany);
    }
    throw error;
  }
  request.body = fields;
  request.uploads = files;
}

/** For routes that take files only: a JSON body is refused with the field named. */
export function requireMultipart(request: FastifyRequest): void {
  if (!request.isMultipart()) throw refusal("UNSUPPORTED_MEDIA_TYPE", attachmentMessages.notMultipart);
}
