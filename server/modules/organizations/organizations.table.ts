import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { LocalizedText } from "../../../contracts/common/localized.ts";
import type { OrganizationKind, Scope, Stage } from "../../../contracts/organizations/organization.ts";
import { zones } from "../zones/zones.table.ts";

export const organizations = pgTable(
  "organizations",
  {
    id: uuid().primaryKey().default(sql`uuidv7()`),
    externalId: text().notNull().unique(),
    kind: text().$type<OrganizationKind>().notNull(),
    scope: text().$type<Scope>().notNull(),
    name: jsonb().$type<LocalizedText>().notNull(),
    /** Lower-cased display name used for stable alphabetical paging (Korean first, as shown by default). */
    sortName: text().notNull(),
    summary: jsonb().$type<LocalizedText>(),
    description: jsonb().$type<LocalizedText>(),
    seeking: jsonb().$type<LocalizedText>(),
    offering: jsonb().$type<LocalizedText>(),
    industries: text().array().notNull().default(sql`'{}'`),
    tags: text().array().notNull().default(sql`'{}'`),
    stage: text().$type<Stage>(),
    foundedYear: integer(),
    employees: integer(),
    website: text(),
    country: text(),
    city: text(),
    zoneId: uuid().references(() => zones.id, { onDelete: "set null" }),
    targetMarkets: text().array().notNull().default(sql`'{}'`),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index().on(table.sortName, table.id),
    index().on(table.kind),
    index().on(table.scope),
    index().on(table.zoneId),
    index().using("gin", table.industries),
  ],
);
