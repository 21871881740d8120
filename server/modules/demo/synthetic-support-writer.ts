import { and, asc, between, getTableColumns, inArray, like, sql } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import type { PgTable } from "drizzle-orm/pg-core";
import type { OfficeStaffView, OfficeView } from "../../../contracts/offices/office.ts";
import type { SupportService } from "../../../contracts/support-requests/vocabulary.ts";
import type { Db, Tx } from "../../db/client.ts";
import type { Caller } from "../../platform/actor.ts";
import { addBusinessMinutes } from "../../platform/business-hours/business-time.ts";
import { users } from "../accounts/accounts.table.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { organizationMembers } from "../memberships/memberships.table.ts";
import { type OfficesService, officeCalendar } from "../offices/offices.service.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { slaBreaches, supportMessages, supportRequests } from "../support-requests/support-requests.table.ts";
import { businessTimeline } from "./business-timeline.ts";
import { syntheticIdRange, syntheticSupport } from "./synthetic-support.ts";
import { spanDays } from "./synthetic-support-life.ts";
import { staffPeople } from "./synthetic-support-texts.ts";

export type SupportDemoDeps = {
  db: Db;
  audit: AuditService;
  offices: OfficesService;
  /** Makes the LA desk from its organization when it has none yet (the demo service's `ensureLaDesk`). */
  ensureDesk: () => Promise<unknown>;
  deskExternalId: string;
};

export type SupportDemoResult = {
  officeId: string;
  requests: number;
  messages: number;
  breaches: number;
  staff: number;
  staffCreated: boolean;
};

const DAY = 86_400_000;
// Requests generated and inserted at a time.
const batchSize = 2000;
const companyKinds = ["startup", "sme", "manufacturer"] as const;

/**
 * Replaces the synthetic support requests of the LA office's desk with `total` new ones (see
 * synthetic-support.ts), in one transaction of multi-row INSERTs, audited once.
 */
export async function addSyntheticSupportRequests(
  deps: SupportDemoDeps,
  caller: Caller,
  total: number,
  onProgress?: (done: number) => void,
): Promise<SupportDemoResult> {
  const { db, offices } = deps;
  let office = await offices.forExternalId(deps.deskExternalId);
  if (!office) {
    await deps.ensureDesk();
    office = await offices.forExternalId(deps.deskExternalId);
  }
  if (!office) {
    throw new Error(
      `The LA office (${deps.deskExternalId}) is not in the directory: start the server once with DEMO_DATA=on first.`,
    );
  }
  let staff = await offices.staff(office.id);
  const staffCreated = staff.length === 0;
  if (staffCreated) staff = await createStaff(deps, caller, office);
  const companies = await companiesToAsk(db);

  const now = new Date();
  // A calendar anchored nine months back carries the public holidays of the whole span and of next year.
  const calendar = officeCalendar(office, new Date(now.getTime() - 274 * DAY));
  const timeline = businessTimeline(
    calendar,
    new Date(now.getTime() - (spanDays + 30) * DAY),
    new Date(now.getTime() + 180 * DAY),
  );
  const generate = syntheticSupport({
    now,
    office,
    slaTargets: office.slaTargets,
    timeline,
    companies,
    staff,
  });

  let messages = 0;
  let breaches = 0;
  await db.transaction(async (tx) => {
    await tx.delete(supportRequests).where(between(supportRequests.id, ...syntheticIdRange));
    for (let start = 1; start <= total; start += batchSize) {
      const end = Math.min(total, start + batchSize - 1);
      const cases = [];
      for (let n = start; n <= end; n++) cases.push(generate(n));
      // Every so often, the due times against the platform's own business-minute arithmetic (sla.ts).
      spotCheck(cases[0]!.request, office, calendar);
      await insertRows(
        tx,
        supportRequests,
        cases.map((c) => c.request),
      );
      const breachRows = cases.flatMap((c) => c.breaches);
      await insertRows(tx, slaBreaches, breachRows);
      const messageRows = cases.flatMap((c) => c.messages);
      await insertRows(tx, supportMessages, messageRows);
      messages += messageRows.length;
      breaches += breachRows.length;
      onProgress?.(end);
    }
    await deps.audit.record(
      caller,
      {
        action: "demo.support-requests",
        resourceType: "office",
        resourceId: office.id,
        after: { requests: total, messages, breaches, staffCreated },
      },
      tx,
    );
  });
  // Fresh statistics, so the queue's first queries are planned for 100,000 rows rather than none.
  await db.execute(sql`analyze support_requests, support_messages, sla_breaches`);
  return { officeId: office.id, requests: total, messages, breaches, staff: staff.length, staffCreated };
}

/**
 * One multi-row INSERT … SELECT FROM unnest(one array per column): a parameter per column rather than per
 * value, which spares building and binding ~50,000 parameters per statement (a third of the time at 100,000
 * requests). Every row has the same keys, none of them an array column.
 */
async function insertRows<T extends PgTable>(tx: Tx, table: T, rows: readonly T["$inferInsert"][]) {
  if (rows.length === 0) return;
  const columns = getTableColumns(table);
  const keys = Object.keys(rows[0]!).filter((key) => (rows[0] as Record<string, unknown>)[key] !== undefined);
  // The database client names columns in snake_case (server/db/client.ts).
  const names = keys.map((key) => sql.identifier(toSnakeCase(columns[key]!.name)));
  const arrays = keys.map((key) => {
    const values = rows.map((row) => (row as Record<string, unknown>)[key] ?? null);
    return sql`${sql.param(values)}::${sql.raw(columns[key]!.getSQLType())}[]`;
  });
  await tx.execute(
    sql`insert into ${table} (${sql.join(names, sql`, `)}) select * from unnest(${sql.join(arrays, sql`, `)})`,
  );
}

function spotCheck(
  request: typeof supportRequests.$inferInsert,
  office: OfficeView,
  calendar: ReturnType<typeof officeCalendar>,
) {
  const target = office.slaTargets[request.priority!];
  const created = request.createdAt!;
  const paused = request.slaPausedMinutes ?? 0;
  const expected = [
    addBusinessMinutes(created, target.firstResponseMinutes + paused, calendar),
    addBusinessMinutes(created, target.resolutionMinutes + paused, calendar),
  ];
  const actual = [request.firstResponseDueAt, request.resolutionDueAt];
  if (expected.some((due, i) => due.getTime() !== actual[i]?.getTime())) {
    throw new Error(
      `synthetic support request ${request.id}: due times ${actual.map((d) => d?.toISOString())} differ from the SLA arithmetic ${expected.map((d) => d.toISOString())}`,
    );
  }
}

/** The synthetic companies (`gateway demo --companies N`), or any company when there are none. */
async function companiesToAsk(db: Db) {
  const columns = { id: organizations.id, name: organizations.name };
  const kinds = inArray(organizations.kind, [...companyKinds]);
  let rows = await db
    .select(columns)
    .from(organizations)
    .where(and(kinds, like(organizations.externalId, "synthetic-%")))
    .orderBy(asc(organizations.externalId));
  if (rows.length === 0)
    rows = await db.select(columns).from(organizations).where(kinds).orderBy(asc(organizations.externalId));
  if (rows.length === 0)
    throw new Error("No companies to ask for support: run gateway demo --companies N first.");
  return rows;
}

/**
 * A handful of staff for an office without members: users without a password (they cannot sign in), made
 * members of the office's organization, with the skills routing reads.
 */
async function createStaff(
  deps: SupportDemoDeps,
  caller: Caller,
  office: OfficeView,
): Promise<OfficeStaffView[]> {
  await deps.db.transaction(async (tx) => {
    const people = staffPeople.map((person, i) => ({
      id: `synthetic-staff-${i + 1}`,
      name: person.name,
      email: `la-staff-${i + 1}@synthetic.invalid`,
      emailVerified: true,
    }));
    await tx.insert(users).values(people).onConflictDoNothing();
    await tx
      .insert(organizationMembers)
      .values(
        people.map((person, i) => ({
          organizationId: office.organizationId,
          userId: person.id,
          role: i === 0 ? ("owner" as const) : ("member" as const),
        })),
      )
      .onConflictDoNothing();
    await deps.audit.record(
      caller,
      {
        action: "demo.office-staff",
        resourceType: "office",
        resourceId: office.id,
        after: { users: people.map((person) => person.id) },
      },
      tx,
    );
  });
  for (const [i, person] of staffPeople.entries()) {
    await deps.offices.setStaff(caller, office.id, `synthetic-staff-${i + 1}`, {
      services: [...person.services] as SupportService[],
      available: true,
    });
  }
  return deps.offices.staff(office.id);
}
