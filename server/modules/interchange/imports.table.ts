import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const importStatuses = ["running", "invalid", "done", "failed"] as const;
export type ImportStatus = (typeof importStatuses)[number];

/** An import uploaded on the admin page: its progress while it runs, then its counts or problems. */
export const interchangeImports = pgTable(
  "interchange_imports",
  {
    id: uuid().primaryKey().default(sql`uuidv7()`),
    fileName: text().notNull(),
    status: text().$type<ImportStatus>().notNull().default("running"),
    /** "validating" or "writing" while running. */
    phase: text(),
    totalLines: integer().notNull().default(0),
    processedLines: integer().notNull().default(0),
    counts: jsonb().$type<Record<string, { created: number; updated: number }>>(),
    /** Every bad line of an invalid file (`line N: field: message`), at most a few thousand kept. */
    problems: jsonb().$type<{ line: number; field: string; message: string }[]>(),
    problemCount: integer().notNull().default(0),
    createdBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
    /** Moved forward with every progress report: a running import that stops moving lost its process. */
    heartbeatAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.createdAt)],
);
