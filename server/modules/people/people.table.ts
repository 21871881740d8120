import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { LocalizedText } from "../../../contracts/common/localized.ts";
import { organizations } from "../organizations/organizations.table.ts";

/** The people of an organization: names and titles are public, e-mail and phone are contact details. */
export const people = pgTable(
  "people",
  {
    id: uuid().primaryKey().default(sql`uuidv7()`),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: jsonb().$type<LocalizedText>().notNull(),
    title: jsonb().$type<LocalizedText>(),
    email: text(),
    phone: text(),
    /** Display order on the profile, smallest first. */
    position: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.organizationId, table.position)],
);
