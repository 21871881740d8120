import { integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import type { IndustryGroup } from "../../../contracts/industries/taxonomy.ts";

export const industries = pgTable("industries", {
  code: text().primaryKey(),
  parentCode: text(),
  group: text().$type<IndustryGroup>().notNull(),
  name: jsonb().$type<{ ko: string; en: string }>().notNull(),
  sortOrder: integer().notNull(),
});
