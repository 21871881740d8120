import { sql } from "drizzle-orm";
import { jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { LocalizedText } from "../../../contracts/common/localized.ts";

export const zones = pgTable("zones", {
  id: uuid().primaryKey().default(sql`uuidv7()`),
  code: text().notNull().unique(),
  name: jsonb().$type<LocalizedText>().notNull(),
  designation: jsonb().$type<LocalizedText>(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
