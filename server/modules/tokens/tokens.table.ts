import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { Role } from "../../../contracts/access/roles.ts";
import { organizations } from "../organizations/organizations.table.ts";

export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid().primaryKey().default(sql`uuidv7()`),
    name: text().notNull(),
    role: text().$type<Role>().notNull(),
    /** SHA-256 of the token: tokens are 256 random bits, so a fast hash is safe and lookups stay O(1). */
    tokenHash: text().notNull().unique(),
    prefix: text().notNull(),
    scopes: text().array().notNull().default(sql`'{}'`),
    organizationId: uuid().references(() => organizations.id, { onDelete: "cascade" }),
    createdBy: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }),
    lastUsedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  // Deleting or merging an organization finds its tokens without a scan.
  (table) => [index().on(table.organizationId)],
);
