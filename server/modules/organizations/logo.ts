import { createHash } from "node:crypto";
import sharp, { type Metadata } from "sharp";
import { AppError } from "../../platform/errors.ts";

/** The largest upload accepted, in bytes (the route's body limit too). */
export const LOGO_MAX_BYTES = 5 * 1024 * 1024;
/** Decoding more than this many pixels is refused: a small file can declare a huge image. */
const MAX_PIXELS = 50_000_000;
/** Logos are shown small; 400 px covers a high-density display. */
const LOGO_SIZE = 400;

const field = "logo";
export const logoMessages = {
  required: "is required",
  tooLarge: "must be at most 5 MB",
  tooManyPixels: "must be at most 50 megapixels",
  format: "must be a JPEG, PNG, WebP, GIF, AVIF or TIFF image",
  unreadable: "could not be read as an image",
  notRaw: "must be sent as the image itself (Content-Type image/* or application/octet-stream)",
} as const;

/** The refusal of a logo upload, naming the field (messages localized by server/platform/i18n.ts). */
export function logoError(
  code: "VALIDATION_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE",
  message: (typeof logoMessages)[keyof typeof logoMessages],
): AppError {
  return new AppError(code, { fields: [{ field, message }] });
}

/** Raster formats we decode, as sharp's `metadata().format` names them; AVIF is `heif` with AV1. */
const accepted = new Set(["jpeg", "png", "webp", "gif", "tiff"]);
const isAccepted = (format: string | undefined, compression: string | undefined) =>
  (format !== undefined && accepted.has(format)) || (format === "heif" && compression === "av1");

export type ProcessedLogo = { bytes: Buffer; width: number; height: number };

/**
 * Turns an upload into the stored logo: the format is read from the bytes (never from a declared type
 * or name; SVG and everything else is refused), then rotated upright, fitted inside 400×400 without
 * enlarging, and re-encoded as WebP without metadata (EXIF, GPS and any hidden payload are dropped).
 */
export async function processLogo(bytes: Uint8Array): Promise<ProcessedLogo> {
  if (bytes.length === 0) throw logoError("VALIDATION_FAILED", logoMessages.required);
  if (bytes.length > LOGO_MAX_BYTES) throw logoError("PAYLOAD_TOO_LARGE", logoMessages.tooLarge);
  let metadata: Metadata;
  try {
    // Reads the header only; the size is checked below, so it can be named in the refusal.
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw logoError("UNSUPPORTED_MEDIA_TYPE", logoMessages.format);
  }
  if (!isAccepted(metadata.format, metadata.compression)) {
    throw logoError("UNSUPPORTED_MEDIA_TYPE", logoMessages.format);
  }
  if ((metadata.width ?? 0) * (metadata.height ?? 0) > MAX_PIXELS) {
    throw logoError("PAYLOAD_TOO_LARGE", logoMessages.tooManyPixels);
  }
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: "error" })
      .rotate()
      .resize(LOGO_SIZE, LOGO_SIZE, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height };
  } catch {
    // The header looked like an image but the data does not decode (truncated, corrupt).
    throw logoError("UNSUPPORTED_MEDIA_TYPE", logoMessages.unreadable);
  }
}

/** The content-addressed key of an organization's logo: new bytes, new key, so caches never go stale. */
export function logoKey(organizationId: string, bytes: Uint8Array): string {
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 32);
  return `logos/${organizationId}/${hash}.webp`;
}
