import type { ErrorCode, FieldError } from "../../contracts/errors.ts";

const statusOf: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** An expected failure with a stable code (contract §4); services throw it, the error handler renders it. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields: FieldError[] | undefined;
  constructor(code: ErrorCode, options: { fields?: FieldError[]; detail?: string } = {}) {
    super(options.detail ?? code);
    this.name = "AppError";
    this.code = code;
    this.status = statusOf[code];
    this.fields = options.fields;
  }
}

export const notFound = () => new AppError("NOT_FOUND");

/** Bad input in one field: `400 VALIDATION_FAILED` naming it (the message is localized on the way out). */
export const invalid = (field: string, message: string) =>
  new AppError("VALIDATION_FAILED", { fields: [{ field, message }] });
