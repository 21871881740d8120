import { IMPORT_MAX_BYTES } from "../../../contracts/interchange/import.ts";
import type { MessageKey } from "../../i18n/messages.ts";

export type Upload = { ok: true; fileName: string; text: string } | { ok: false; error: MessageKey };

// The multipart envelope around the file: boundaries, headers, the other fields.
const ENVELOPE = 64 * 1024;

class TooLarge extends Error {}

/** Counts the bytes of a request body and stops it once there are more than `limit`. */
function limited(body: ReadableStream<Uint8Array>, limit: number): ReadableStream<Uint8Array> {
  let seen = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > limit) controller.error(new TooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
}

/**
 * Reads the file of the upload form (`multipart/form-data`, field `file`), the same 200 MB as the API
 * takes, and checks it by content: it must be UTF-8 text (the validation then reads every line).
 */
export async function readUpload(request: Request): Promise<Upload> {
  const limit = IMPORT_MAX_BYTES + ENVELOPE;
  if (Number(request.headers.get("content-length") ?? 0) > limit)
    return { ok: false, error: "imports.error.tooLarge" };
  let form: FormData;
  try {
    const body = request.body ? limited(request.body, limit) : null;
    form = await new Response(body, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch (error) {
    if (error instanceof TooLarge || (error as { cause?: unknown }).cause instanceof TooLarge) {
      return { ok: false, error: "imports.error.tooLarge" };
    }
    return { ok: false, error: "imports.error.missing" };
  }
  const file = form.get("file");
  if (!(file instanceof Blob) || (file.size === 0 && !(file as File).name)) {
    return { ok: false, error: "imports.error.missing" };
  }
  if (file.size === 0) return { ok: false, error: "imports.error.empty" };
  if (file.size > IMPORT_MAX_BYTES) return { ok: false, error: "imports.error.tooLarge" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return { ok: false, error: "imports.error.encoding" };
  }
  if (text.includes("\u0000")) return { ok: false, error: "imports.error.encoding" };
  if (text.trim() === "") return { ok: false, error: "imports.error.empty" };
  // Some browsers send a path; only the name is the file's.
  const fileName = ((file as File).name ?? "").split(/[\\/]/).pop()?.trim() || "import.jsonl";
  return { ok: true, fileName, text };
}
