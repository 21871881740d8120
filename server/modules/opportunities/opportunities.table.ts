import { sql } from "drizzle-orm";
import { date, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { LocalizedText } from "../../../contracts/common/localized.ts";
import type { OpportunityKind } from "../../../contracts/opportunities/opportunity.ts";
import type { Stage } from "../../../contracts/organizations/organization.ts";
import { tsvector } from "../../db/column-types.ts";
import { users } from "../accounts/accounts.table.ts";
import { organizations } from "../organizations/organizations.table.ts";

export const opportunities = pgTable(
  "opportunities",
  {
    id: uuid().primaryKey().default(sql`uuidv7()`),
    externalId: text().notNull().unique(),
    ownerId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    kind: text().$type<OpportunityKind>().notNull(),
    title: jsonb().$type<LocalizedText>().notNull(),
    description: jsonb().$type<LocalizedText>(),
    industries: text().array().notNull().default(sql`'{}'`),
    tags: text().array().notNull().default(sql`'{}'`),
    stages: text().array().$type<Stage[]>().notNull().default(sql`'{}'`),
    markets: text().array().notNull().default(sql`'{}'`),
    deadline: date({ mode: "string" }),
    status: text().$type<"open" | "closed">().notNull().default("open"),
    /** Fields written by machine translation, as "title.en" (like organizations). */
    machineTranslated: text().array().notNull().default(sql`'{}'`),
    /** Search lexemes computed by server/platform/search, as for organizations. */
    searchTokens: tsvector().notNull().default(sql`''::tsvector`),
    /** Concepts the opportunity asks for (title, description, tags, industries): matching's evidence. */
    concepts: text().array().notNull().default(sql`'{}'`),
    createdBy: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index().on(table.ownerId),
    index().on(table.status, table.deadline),
    index().using("gin", table.searchTokens),
  ],
);
