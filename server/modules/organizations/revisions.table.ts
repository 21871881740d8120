import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organizations } from "./organizations.table.ts";

export const revisionStatuses = ["pending", "approved", "reverted"] as const;
export type RevisionStatus = (typeof revisionStatuses)[number];

/** A field and its value before and after an edit. */
export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

/**
 * The review queue: a member's edit of public fields is live at once and waits here for the city,
 * which approves it (the profile counts as verified) or reverts it.
 */
export const organizationRevisions = pgTable(
  "organization_revisions",
  {
    id: uuid().primaryKey().default(sql`uuidv7()`),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    changes: jsonb().$type<FieldChanges>().notNull(),
    status: text().$type<RevisionStatus>().notNull().default("pending"),
    editedBy: text().notNull(),
    editedByLabel: text().notNull(),
    decidedBy: text(),
    decidedAt: timestamp({ withTimezone: true }),
    note: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.status, table.createdAt), index().on(table.organizationId)],
);

/** What a merge removed: the duplicate's whole record, kept so the history is never lost. */
export const organizationMerges = pgTable(
  "organization_merges",
  {
    id: uuid().primaryKey().default(sql`uuidv7()`),
    targetId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    sourceId: uuid().notNull(),
    sourceExternalId: text().notNull(),
    snapshot: jsonb().$type<Record<string, unknown>>().notNull(),
    /** How many rows of each table were moved to the target: {"opportunities": 2, …}. */
    relinked: jsonb().$type<Record<string, number>>().notNull(),
    mergedBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.targetId), index().on(table.sourceExternalId)],
);
