import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { Locale } from "../../../contracts/common/locale-text.ts";

/**
 * `queued`: waiting for SMTP delivery (a job is on its way); `sent`: the SMTP server accepted it;
 * `failed`: every retry failed; `outbox`: no SMTP is configured, so the row itself is the delivery.
 */
export const mailStatuses = ["queued", "sent", "failed", "outbox"] as const;
export type MailStatus = (typeof mailStatuses)[number];

/** Every mail the platform writes, before any delivery: nothing is lost and admins can read what was sent. */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid().primaryKey().default(sql`uuidv7()`),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text().notNull(),
    locale: text().$type<Locale>().notNull(),
    kind: text().notNull(),
    status: text().$type<MailStatus>().notNull(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (table) => [
    check("mail_outbox_status_check", sql`${table.status} in ('queued', 'sent', 'failed', 'outbox')`),
    index().on(table.status),
  ],
);
