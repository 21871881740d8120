import { asc, eq, inArray } from "drizzle-orm";
import type { Locale } from "../../../contracts/common/locale-text.ts";
import type { Executor, Tx } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import type { MailService } from "../../platform/mail/mail.service.ts";
import type { MailKind, MailParams } from "../../platform/mail/templates/index.ts";
import { users } from "../accounts/accounts.table.ts";
import { organizationMembers } from "../memberships/memberships.table.ts";
import type { CaseRecord } from "./support-requests.repository.ts";

/** Who gets a support-desk mail, and in which language. */
export type Recipient = { userId: string; email: string; name: string; locale: Locale };

async function membersOf(ex: Executor, organizationId: string) {
  return ex
    .select({ userId: users.id, email: users.email, name: users.name })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(eq(organizationMembers.organizationId, organizationId))
    .orderBy(asc(organizationMembers.createdAt));
}

/** The requesting company's members, in the language the request asked to be served in. */
export async function companyPeople(ex: Executor, record: CaseRecord): Promise<Recipient[]> {
  const locale = record.row.preferredLanguage;
  return (await membersOf(ex, record.row.companyId)).map((p) => ({ ...p, locale }));
}

/**
 * The office's people for a case: its assignee, or every staff member while nobody is assigned. The
 * city's overseas offices work in Korean.
 */
export async function officePeople(ex: Executor, record: CaseRecord): Promise<Recipient[]> {
  const staff = await membersOf(ex, record.office.organizationId);
  const assigned = staff.filter((p) => p.userId === record.row.assigneeId);
  return (assigned.length > 0 ? assigned : staff).map((p) => ({ ...p, locale: "ko" as const }));
}

/** Particular users (mentioned staff, a new assignee), in Korean unless given. */
export async function usersById(ex: Executor, ids: string[], locale: Locale = "ko"): Promise<Recipient[]> {
  if (ids.length === 0) return [];
  const rows = await ex
    .select({ userId: users.id, email: users.email, name: users.name })
    .from(users)
    .where(inArray(users.id, ids));
  return rows.map((p) => ({ ...p, locale }));
}

/** Everyone once (first list wins), without the person who acted: they know what they just did. */
export function recipients(actor: Actor, ...lists: Recipient[][]): Recipient[] {
  const seen = new Map<string, Recipient>();
  for (const list of lists) {
    for (const recipient of list) {
      if (actor.kind === "user" && recipient.userId === actor.id) continue;
      const key = recipient.email.toLowerCase();
      if (!seen.has(key)) seen.set(key, recipient);
    }
  }
  return [...seen.values()];
}

/** The case's page in the recipient's language. */
export const caseUrl = (baseURL: string, id: string, locale: Locale) =>
  `${baseURL}${locale === "en" ? "/en" : ""}/support/${id}`;

/** One mail per recipient, inside the writing transaction (the outbox row commits with the change). */
export async function sendEach<K extends MailKind>(
  mail: Pick<MailService, "send">,
  tx: Tx,
  kind: K,
  to: Recipient[],
  params: (recipient: Recipient) => MailParams<K>,
): Promise<void> {
  for (const recipient of to) {
    await mail.send(
      { kind, to: recipient.email, locale: recipient.locale, params: params(recipient) },
      { tx },
    );
  }
}
