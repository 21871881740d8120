import { sql } from "drizzle-orm";
import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import type {
  AttachmentKind,
  MessageVisibility,
  ReferralStatus,
  SlaMetric,
  SupportPriority,
  SupportService,
  SupportStatus,
} from "../../../contracts/support-requests/vocabulary.ts";
import { users } from "../accounts/accounts.table.ts";
import { offices } from "../offices/offices.table.ts";
import { organizations } from "../organizations/organizations.table.ts";

/**
 * A company's request to an overseas office. The SLA columns are the clocks in instants, computed in the
 * office's business hours: `*DueAt` while running, `slaPausedAt` while waiting on the company.
 */
export const supportRequests = pgTable(
  "support_requests",
  {
    id: uuid().primaryKey().default(sql`uuidv7()`),
    number: bigint({ mode: "number" }).generatedAlwaysAsIdentity().notNull().unique(),
    companyId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    officeId: uuid()
      .notNull()
      .references(() => offices.id, { onDelete: "restrict" }),
    requestedBy: text().references(() => users.id, { onDelete: "set null" }),
    assigneeId: text().references(() => users.id, { onDelete: "set null" }),
    service: text().$type<SupportService>().notNull(),
    targetMarket: text().notNull(),
    subject: text().notNull(),
    description: text().notNull(),
    preferredLanguage: text().$type<"ko" | "en">().notNull(),
    priority: text().$type<SupportPriority>().notNull().default("normal"),
    status: text().$type<SupportStatus>().notNull().default("new"),
    firstResponseDueAt: timestamp({ withTimezone: true }),
    resolutionDueAt: timestamp({ withTimezone: true }),
    /** Set while waiting on the company (or resolved): both running clocks stand still from here. */
    slaPausedAt: timestamp({ withTimezone: true }),
    /** Business minutes the clocks stood still so far: a due time is creation + target + these. */
    slaPausedMinutes: integer().notNull().default(0),
    firstRespondedAt: timestamp({ withTimezone: true }),
    firstResponseBreachedAt: timestamp({ withTimezone: true }),
    resolutionBreachedAt: timestamp({ withTimezone: true }),
    /** Business minutes from creation to the first public reply (the dashboard's median). */
    firstResponseMinutes: integer(),
    resolvedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    reopenCount: integer().notNull().default(0),
    rating: smallint(),
    ratingComment: text(),
    ratedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastActivityAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index().on(table.officeId, table.status, table.createdAt),
    index().on(table.officeId, table.resolutionDueAt),
    index().on(table.officeId, table.firstResponseDueAt),
    index().on(table.companyId, table.createdAt),
    index().on(table.assigneeId, table.status),
    index().on(table.officeId, table.lastActivityAt),
    // sort=due and the SLA filters: the earliest running due time in one office (the same expression as
    // `runningDueAt` in queue.ts, so PostgreSQL reads the page in order instead of sorting the office).
    index("support_requests_office_due_index").on(
      table.officeId,
      sql`(case when status in ('resolved', 'closed') or sla_paused_at is not null then null else least(case when first_responded_at is null then first_response_due_at end, resolution_due_at) end)`,
      table.createdAt,
      table.id,
    ),
    index().on(table.officeId, table.createdAt, table.id),
    // The queue's text filter: words of the subject in any language (ILIKE through pg_trgm).
    index("support_requests_subject_trgm_index").using("gin", sql`${table.subject} gin_trgm_ops`),
  ],
);

/** The thread: public replies (the company sees them) and internal notes (it never does). */
export const supportMessages = pgTable(
  "support_messages",
  {
    id: uuid().primaryKey().default(sql`uuidv7()`),
    requestId: uuid()
      .notNull()
      .references(() => supportRequests.id, { onDelete: "cascade" }),
    visibility: text().$type<MessageVisibility>().notNull(),
    side: text().$type<"company" | "office" | "system">().notNull(),
    authorId: text().references(() => users.id, { onDelete: "set null" }),
    authorLabel: text().notNull(),
    body: text().notNull(),
    mentions: text().array().notNull().default(sql`'{}'`),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.requestId, table.createdAt)],
);

/** Files of a request (`messageId` null: sent with the request). Bytes live in file storage under `key`. */
export const supportAttachments = pgTable(
  "support_attachments",
  {
    id: uuid().primaryKey().default(sql`uuidv7()`),
    requestId: uuid()
      .notNull()
      .references(() => supportRequests.id, { onDelete: "cascade" }),
    messageId: uuid().references(() => supportMessages.id, { onDelete: "cascade" }),
    key: text().notNull(),
    name: text().notNull(),
    kind: text().$type<AttachmentKind>().notNull(),
    contentType: text().notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    uploadedBy: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.requestId), index().on(table.messageId)],
);

/** Status history, assignments, priority changes, referrals and SLA events, in order. */
export const supportEvents = pgTable(
  "support_events",
  {
    id: uuid().primaryKey().default(sql`uuidv7()`),
    requestId: uuid()
      .notNull()
      .references(() => supportRequests.id, { onDelete: "cascade" }),
    kind: text().$type<"status" | "assignment" | "priority" | "referral" | "sla">().notNull(),
    fromStatus: text().$type<SupportStatus>(),
    toStatus: text().$type<SupportStatus>(),
    actorId: text().references(() => users.id, { onDelete: "set null" }),
    actorLabel: text().notNull(),
    detail: jsonb().$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.requestId, table.createdAt)],
);

/** Every breached SLA clock, for the dashboard and the record (a reopened request may breach again). */
export const slaBreaches = pgTable(
  "sla_breaches",
  {
    id: uuid().primaryKey().default(sql`uuidv7()`),
    requestId: uuid()
      .notNull()
      .references(() => supportRequests.id, { onDelete: "cascade" }),
    officeId: uuid()
      .notNull()
      .references(() => offices.id, { onDelete: "cascade" }),
    metric: text().$type<SlaMetric>().notNull(),
    priority: text().$type<SupportPriority>().notNull(),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    breachedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique().on(table.requestId, table.metric, table.dueAt),
    index().on(table.officeId, table.breachedAt),
  ],
);

/**
 * A referral to an outside partner (KOTRA, a chamber of commerce). The partner reports the outcome through
 * a link whose token only the mail holds (`reportTokenHash` is its SHA-256), or the office records it.
 */
export const supportReferrals = pgTable(
  "support_referrals",
  {
    id: uuid().primaryKey().default(sql`uuidv7()`),
    requestId: uuid()
      .notNull()
      .references(() => supportRequests.id, { onDelete: "cascade" }),
    partnerName: text().notNull(),
    partnerOrganizationId: uuid().references(() => organizations.id, { onDelete: "set null" }),
    contactEmail: text(),
    note: text().notNull(),
    status: text().$type<ReferralStatus>().notNull().default("sent"),
    outcome: text(),
    reportTokenHash: text().unique(),
    referredBy: text().references(() => users.id, { onDelete: "set null" }),
    referredByLabel: text().notNull(),
    reportedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.requestId)],
);
