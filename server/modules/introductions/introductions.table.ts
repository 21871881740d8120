import { sql } from "drizzle-orm";
import { date, index, numeric, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type {
  IntroductionOutcome,
  IntroductionStatus,
} from "../../../contracts/introductions/introduction.ts";
import { users } from "../accounts/accounts.table.ts";
import { opportunities } from "../opportunities/opportunities.table.ts";
import { organizations } from "../organizations/organizations.table.ts";

/**
 * A brokered introduction between a local company and a partner, optionally about an opportunity.
 * `companyId` is the company's single record, so outcomes stay attributed to it (merges relink it).
 */
export const introductions = pgTable(
  "introductions",
  {
    id: uuid().primaryKey().default(sql`uuidv7()`),
    opportunityId: uuid().references(() => opportunities.id, { onDelete: "set null" }),
    companyId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    partnerId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** The organization whose member asked: the company or the partner. */
    requestedFor: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    requestedBy: text().references(() => users.id, { onDelete: "set null" }),
    /** The overseas office responsible for brokering, when one serves the partner's country. */
    officeId: uuid().references(() => organizations.id, { onDelete: "set null" }),
    status: text().$type<IntroductionStatus>().notNull().default("requested"),
    message: text().notNull(),
    brokerMessage: text(),
    brokeredBy: text().references(() => users.id, { onDelete: "set null" }),
    meetingOn: date({ mode: "string" }),
    outcome: text().$type<IntroductionOutcome>(),
    outcomeAmount: numeric({ precision: 18, scale: 2 }),
    outcomeCurrency: text(),
    outcomeNote: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index().on(table.companyId),
    index().on(table.partnerId),
    index().on(table.officeId),
    index().on(table.opportunityId),
    index().on(table.requestedFor),
    index().on(table.status, table.createdAt),
  ],
);

/** The introduction's timeline: every step with who took it and their message. */
export const introductionEvents = pgTable(
  "introduction_events",
  {
    id: uuid().primaryKey().default(sql`uuidv7()`),
    introductionId: uuid()
      .notNull()
      .references(() => introductions.id, { onDelete: "cascade" }),
    status: text().$type<IntroductionStatus>().notNull(),
    actorId: text().references(() => users.id, { onDelete: "set null" }),
    actorLabel: text().notNull(),
    message: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.introductionId, table.createdAt)],
);
