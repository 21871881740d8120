import type { FastifySchemaCompiler } from "fastify";
import type { z } from "zod";

/** Keeps Zod's issues so the error handler can name each field in the reader's language. */
export class RequestValidationError extends Error {
  readonly issues: z.core.$ZodIssue[];
  readonly part: string;
  constructor(issues: z.core.$ZodIssue[], part: string) {
    super(`invalid ${part}`);
    this.issues = issues;
    this.part = part;
  }
}

export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(result.error.issues, httpPart ?? "body") };
  };
