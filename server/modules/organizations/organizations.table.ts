import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { LocalizedText } from "../../../contracts/common/localized.ts";
import type { OrganizationKind, Scope, Stage } from "../../../contracts/organizations/organization.ts";
import { tsvector } from "../../db/column-types.ts";
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
    /** Which localized fields were machine-translated, as "field.locale" ("summary.en"); the rest are original. */
    machineTranslated: text().array().notNull().default(sql`'{}'`),
    /** Storage key of the logo (WebP, resized); null without a logo. */
    logoKey: text(),
    /** Contact details: shown only to signed-in partners, overseas offices and the city. */
    contactEmail: text(),
    contactPhone: text(),
    /** Korean business registration number (사업자등록번호), ten digits without dashes; for duplicate detection. */
    registrationNumber: text(),
    /** The website's host without "www.", lower-cased; for duplicate detection. */
    domain: text(),
    /** Names in both languages normalized (case, spacing, legal suffixes such as 주식회사 or Inc.); for duplicates. */
    nameKeys: text().array().notNull().default(sql`'{}'`),
    /** When the city last confirmed the public profile. */
    verifiedAt: timestamp({ withTimezone: true }),
    /** Search lexemes computed by server/platform/search: Korean bigrams, English words, concepts. */
    searchTokens: tsvector().notNull().default(sql`''::tsvector`),
    /** Names in both languages, lower-cased, for typo-tolerant name search through pg_trgm. */
    searchNames: text().notNull().default(""),
    /** Concepts the organization offers (name, summary, description, offering, tags, industries): matching's evidence. */
    offerConcepts: text().array().notNull().default(sql`'{}'`),
    /** Concepts the organization looks for (its `seeking` text): partner ↔ company suggestions. */
    seekConcepts: text().array().notNull().default(sql`'{}'`),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index().on(table.sortName, table.id),
    index().on(table.kind),
    index().on(table.scope),
    index().on(table.zoneId),
    index().using("gin", table.industries),
    index().using("gin", table.targetMarkets),
    index().on(table.stage),
    index().on(table.country),
    index().using("gin", table.searchTokens),
    index("organizations_search_names_trgm_index").using("gin", sql`${table.searchNames} gin_trgm_ops`),
    index().on(table.registrationNumber),
    index().on(table.domain),
    index().using("gin", table.nameKeys),
  ],
);
