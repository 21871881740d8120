import { sql } from "drizzle-orm";
import { boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { LocalizedText } from "../../../contracts/common/localized.ts";
import type { SlaTargets, WeekHours } from "../../../contracts/offices/office.ts";
import type { HolidayCalendar, SupportService } from "../../../contracts/support-requests/vocabulary.ts";
import { users } from "../accounts/accounts.table.ts";
import { organizations } from "../organizations/organizations.table.ts";

/**
 * An overseas office's support desk. It is an `overseas-office` organization of the directory (one desk
 * per organization); that organization's members are the office's staff.
 */
export const offices = pgTable("offices", {
  id: uuid().primaryKey().default(sql`uuidv7()`),
  organizationId: uuid()
    .notNull()
    .unique()
    .references(() => organizations.id, { onDelete: "cascade" }),
  name: jsonb().$type<LocalizedText>().notNull(),
  /** ISO 3166-1 alpha-2 codes of the markets it serves: requests for them are routed here. */
  countries: text().array().notNull(),
  timeZone: text().notNull(),
  /** Seven entries, Sunday first: `{start, end}` wall times or null (closed). */
  hours: jsonb().$type<WeekHours>().notNull(),
  holidayCalendars: text().array().$type<HolidayCalendar[]>().notNull().default(sql`'{}'`),
  holidays: text().array().notNull().default(sql`'{}'`),
  services: text().array().$type<SupportService[]>().notNull(),
  reopenDays: integer().notNull().default(14),
  slaTargets: jsonb().$type<SlaTargets>().notNull(),
  warnBeforeMinutes: integer().notNull().default(60),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Routing facts of a staff member (a member of the office's organization): skills and availability. */
export const officeStaff = pgTable(
  "office_staff",
  {
    officeId: uuid()
      .notNull()
      .references(() => offices.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    services: text().array().$type<SupportService[]>().notNull().default(sql`'{}'`),
    available: boolean().notNull().default(true),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.officeId, table.userId] })],
);
