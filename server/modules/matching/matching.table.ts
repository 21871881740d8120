import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, real, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type {
  FeedbackReason,
  MatchFeatures,
  MatchSide,
  MatchWeights,
  Verdict,
} from "../../../contracts/matching/match.ts";
import { users } from "../accounts/accounts.table.ts";
import { opportunities } from "../opportunities/opportunities.table.ts";
import { organizations } from "../organizations/organizations.table.ts";

/**
 * What people said about a match: a company about an opportunity suggested to it, an opportunity's owner
 * about a candidate, or either side of a partner ↔ company suggestion (`partnerId` instead of an
 * opportunity). One row per pair and side; a new verdict replaces the old one.
 */
export const matchFeedback = pgTable(
  "match_feedback",
  {
    id: uuid().primaryKey().default(sql`uuidv7()`),
    opportunityId: uuid().references(() => opportunities.id, { onDelete: "cascade" }),
    partnerId: uuid().references(() => organizations.id, { onDelete: "cascade" }),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    side: text().$type<MatchSide>().notNull(),
    verdict: text().$type<Verdict>().notNull(),
    reason: text().$type<FeedbackReason>(),
    note: text(),
    /** The match's feature values when it was judged: what the weights learn from. */
    features: jsonb().$type<MatchFeatures>().notNull(),
    score: real().notNull(),
    userId: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique().on(table.opportunityId, table.partnerId, table.organizationId, table.side).nullsNotDistinct(),
    index().on(table.organizationId),
    index().on(table.partnerId),
    // The refit reads the most recent verdicts.
    index().on(table.updatedAt),
  ],
);

/** Each refit of the weights from feedback; the newest row is in use (docs/decisions/021). */
export const matchWeights = pgTable("match_weights", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  weights: jsonb().$type<MatchWeights>().notNull(),
  samples: integer().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
