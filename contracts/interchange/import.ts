import { z } from "zod";

/** The largest interchange file accepted over HTTP and on the upload page (100,000 organizations are about 60 MB). */
export const IMPORT_MAX_BYTES = 200 * 1024 * 1024;

/** An upload runs in the background: `running` (validating, then writing), then one of the other three. */
export const importStatuses = ["running", "invalid", "done", "failed"] as const;
export type ImportStatus = (typeof importStatuses)[number];
export const importPhases = ["validating", "writing"] as const;
export type ImportPhase = (typeof importPhases)[number];

const count = z.object({ created: z.number().int(), updated: z.number().int() });

/** One problem of an invalid file, as the CLI prints it: `line N: field: message` (contract §3). */
export const importProblem = z.object({ line: z.number().int(), field: z.string(), message: z.string() });
export type ImportProblem = z.infer<typeof importProblem>;

/** An import as a list shows it: progress and counts, without the problems. */
export const importSummary = z.object({
  id: z.string(),
  fileName: z.string(),
  status: z.enum(importStatuses),
  /** What a running import is doing; null once it has finished. */
  phase: z.enum(importPhases).nullable(),
  /** Lines holding a record (blank lines do not count). */
  totalLines: z.number().int(),
  /** Lines validated, then records written, so far: `processedLines / totalLines` of the phase. */
  processedLines: z.number().int(),
  /** Created and updated records per type, once done. */
  counts: z.object({ zone: count, organization: count, opportunity: count }).nullable(),
  /** How many problems an invalid file has; `problems` keeps the first few thousand of them. */
  problemCount: z.number().int(),
  /** Who uploaded it, as the audit log names them. */
  createdBy: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportSummary = z.infer<typeof importSummary>;

export const importView = importSummary.extend({ problems: z.array(importProblem) });
export type ImportView = z.infer<typeof importView>;
