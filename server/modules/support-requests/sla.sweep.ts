import { and, type Column, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { pickText } from "../../../contracts/common/locale-text.ts";
import type { SlaMetric } from "../../../contracts/support-requests/vocabulary.ts";
import type { Db, Tx } from "../../db/client.ts";
import type { Caller } from "../../platform/actor.ts";
import {
  addBusinessMinutes,
  businessMinutesBetween,
  subtractBusinessMinutes,
} from "../../platform/business-hours/business-time.ts";
import type { BusinessCalendar } from "../../platform/business-hours/calendar.ts";
import type { MailService } from "../../platform/mail/mail.service.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { officeCalendar } from "../offices/offices.service.ts";
import { offices } from "../offices/offices.table.ts";
import { caseUrl, companyPeople, officePeople, sendEach } from "./support-requests.mail.ts";
import { withinReopenWindow } from "./support-requests.policy.ts";
import {
  type CaseRecord,
  insertEvent,
  lockCase,
  type OfficeRow,
  updateCase,
} from "./support-requests.repository.ts";
import { slaBreaches, supportEvents, supportRequests } from "./support-requests.table.ts";

/** Who records breaches, warnings and automatic closings in the history and the audit log. */
export const slaCaller: Caller = {
  actor: { kind: "system", id: "support-sla", label: "system", role: undefined },
};

const DAY = 86_400_000;

export type SlaDeps = { db: Db; audit: AuditService; mail: Pick<MailService, "send">; baseURL: string };

type ClockRow = Pick<
  CaseRecord["row"],
  "status" | "slaPausedAt" | "firstRespondedAt" | "firstResponseDueAt" | "resolutionDueAt"
>;

/** The office's calendar from its row (the calendar cache keys on the office's version). */
/**
 * The due time of a clock that is running now, else null: open, not paused (waiting on the company or
 * resolved), and for the first response not yet answered.
 */
export function runningDue(row: ClockRow, metric: SlaMetric): Date | null {
  const open = row.status === "new" || row.status === "triaged" || row.status === "in-progress";
  if (!open || row.slaPausedAt) return null;
  if (metric === "first-response") return row.firstRespondedAt ? null : row.firstResponseDueAt;
  return row.resolutionDueAt;
}

/** When the warning of a clock due at `due` goes out, or null when the office sends none. */
export function warningAt(due: Date, office: OfficeRow, calendar: BusinessCalendar): Date | null {
  return office.warnBeforeMinutes > 0
    ? subtractBusinessMinutes(due, office.warnBeforeMinutes, calendar)
    : null;
}

/** When a resolved request closes itself: just after its reopen window (`withinReopenWindow`) ends. */
export const autoCloseAt = (resolvedAt: Date, reopenDays: number) =>
  new Date(resolvedAt.getTime() + reopenDays * DAY + 1000);

export type ClockCheck = { metric: SlaMetric; type: "warning" | "breach"; dueAt: Date };

export function createSlaWork({ db, audit, mail, baseURL }: SlaDeps) {
  async function history(tx: Tx, record: CaseRecord, check: ClockCheck) {
    const detail = { metric: check.metric, dueAt: check.dueAt.toISOString(), type: check.type };
    await insertEvent(tx, {
      requestId: record.row.id,
      kind: "sla",
      actorId: null,
      actorLabel: "system",
      detail,
    });
    await audit.record(
      slaCaller,
      {
        action: `support-request.sla-${check.type}`,
        resourceType: "support-request",
        resourceId: record.row.id,
        after: detail,
      },
      tx,
    );
  }

  async function warned(tx: Tx, requestId: string, check: ClockCheck): Promise<boolean> {
    const [found] = await tx
      .select({ id: supportEvents.id })
      .from(supportEvents)
      .where(
        and(
          eq(supportEvents.requestId, requestId),
          eq(supportEvents.kind, "sla"),
          sql`${supportEvents.detail} @> ${JSON.stringify({ type: "warning", metric: check.metric, dueAt: check.dueAt.toISOString() })}::jsonb`,
        ),
      )
      .limit(1);
    return found !== undefined;
  }

  async function notifyOffice(
    tx: Tx,
    record: CaseRecord,
    check: ClockCheck,
    calendar: BusinessCalendar,
    now: Date,
  ) {
    const { row, office } = record;
    const to = await officePeople(tx, record);
    const base = (locale: "ko" | "en") => ({
      number: row.number,
      subject: row.subject,
      company: pickText(record.companyName, locale),
      url: caseUrl(baseURL, row.id, locale),
      metric: check.metric,
      dueAt: check.dueAt.toISOString(),
      timeZone: office.timeZone,
    });
    if (check.type === "warning") {
      const remainingMinutes = businessMinutesBetween(now, check.dueAt, calendar);
      await sendEach(mail, tx, "support-sla-warning", to, (r) => ({
        ...base(r.locale),
        name: r.name,
        remainingMinutes,
      }));
    } else {
      await sendEach(mail, tx, "support-sla-breach", to, (r) => ({ ...base(r.locale), name: r.name }));
    }
  }

  /**
   * Checks one clock of a locked request at `now`: a breach is recorded once per due time (sla_breaches is
   * unique on it), a warning is sent once per due time (its `sla` event is the record). A clock that is no
   * longer running with this due time (answered, paused, retargeted) is left alone. Returns what it did.
   */
  async function checkClock(tx: Tx, record: CaseRecord, check: ClockCheck, now: Date): Promise<boolean> {
    const { row, office } = record;
    const due = runningDue(row, check.metric);
    if (!due || due.getTime() !== check.dueAt.getTime()) return false;
    const calendar = officeCalendar(office, now);
    if (check.type === "breach") {
      if (due > now) return false;
      const inserted = await tx
        .insert(slaBreaches)
        .values({
          requestId: row.id,
          officeId: office.id,
          metric: check.metric,
          priority: row.priority,
          dueAt: due,
          breachedAt: due,
        })
        .onConflictDoNothing()
        .returning({ id: slaBreaches.id });
      if (inserted.length === 0) return false;
      // The first breach of a clock stays the one the views show; a reopened request may breach again.
      const keepFirst = (column: Column) => sql`coalesce(${column}, ${due.toISOString()}::timestamptz)`;
      await tx
        .update(supportRequests)
        .set(
          check.metric === "first-response"
            ? { firstResponseBreachedAt: keepFirst(supportRequests.firstResponseBreachedAt) }
            : { resolutionBreachedAt: keepFirst(supportRequests.resolutionBreachedAt) },
        )
        .where(eq(supportRequests.id, row.id));
    } else {
      const at = warningAt(due, office, calendar);
      if (!at || at > now || due <= now) return false;
      if (await warned(tx, row.id, check)) return false;
    }
    await history(tx, record, check);
    await notifyOffice(tx, record, check, calendar, now);
    return true;
  }

  /** Closes a resolved request whose reopen window has ended: a status event by the system, and mail. */
  async function autoClose(tx: Tx, record: CaseRecord, now: Date): Promise<boolean> {
    const { row, office } = record;
    if (row.status !== "resolved" || !row.resolvedAt) return false;
    if (withinReopenWindow({ resolvedAt: row.resolvedAt, reopenDays: office.reopenDays }, now)) return false;
    const after = await updateCase(tx, row.id, { status: "closed", closedAt: now });
    const detail = { reason: "reopen-window-ended", reopenDays: office.reopenDays };
    await insertEvent(tx, {
      requestId: row.id,
      kind: "status",
      fromStatus: "resolved",
      toStatus: "closed",
      actorId: null,
      actorLabel: "system",
      detail,
    });
    await audit.record(
      slaCaller,
      {
        action: "support-request.close",
        resourceType: "support-request",
        resourceId: row.id,
        before: row,
        after,
      },
      tx,
    );
    await sendEach(mail, tx, "support-autoclosed", await companyPeople(tx, record), (r) => ({
      name: r.name,
      number: row.number,
      subject: row.subject,
      company: pickText(record.companyName, r.locale),
      url: caseUrl(baseURL, row.id, r.locale),
      reopenDays: office.reopenDays,
    }));
    return true;
  }

  /** Runs `work` on the locked request in its own transaction; false for a request gone meanwhile. */
  function locked(requestId: string, work: (tx: Tx, record: CaseRecord) => Promise<boolean>) {
    return db.transaction(async (tx) => {
      const record = await lockCase(tx, requestId);
      return record ? work(tx, record) : false;
    });
  }

  /** Requests of an office with a running clock due by `horizon` that has no breach recorded for its due time. */
  async function candidates(officeId: string, horizon: Date): Promise<string[]> {
    const r = supportRequests;
    const unbreached = (metric: SlaMetric, due: Column) =>
      sql`not exists (select 1 from ${slaBreaches} b where b.request_id = ${r.id} and b.metric = ${metric} and b.due_at = ${due})`;
    const rows = await db
      .select({ id: r.id })
      .from(r)
      .where(
        and(
          eq(r.officeId, officeId),
          inArray(r.status, ["new", "triaged", "in-progress"]),
          isNull(r.slaPausedAt),
          or(
            and(
              isNull(r.firstRespondedAt),
              lte(r.firstResponseDueAt, horizon),
              unbreached("first-response", r.firstResponseDueAt),
            ),
            and(lte(r.resolutionDueAt, horizon), unbreached("resolution", r.resolutionDueAt)),
          ),
        ),
      );
    return rows.map((row) => row.id);
  }

  return {
    checkClock,
    autoClose,
    locked,

    /**
     * Everything due by `now` in one pass: warnings not yet sent, breaches not yet recorded, resolved
     * requests past their reopen window. Each request in its own transaction under its row lock, so the
     * jobs and this pass never record anything twice. The safety net for lost or early jobs.
     */
    async sweep(now = new Date()): Promise<{ warned: number; breached: number; closed: number }> {
      const counts = { warned: 0, breached: 0, closed: 0 };
      const failures: unknown[] = [];
      const attempt = async (work: () => Promise<void>) => {
        try {
          await work();
        } catch (error) {
          failures.push(error);
        }
      };
      for (const office of await db.select().from(offices)) {
        const calendar = officeCalendar(office, now);
        // Every clock whose warning time has come is due within the warning window (one minute more, for
        // due times an office's changed hours left outside business hours).
        const horizon =
          office.warnBeforeMinutes > 0
            ? addBusinessMinutes(now, office.warnBeforeMinutes + 1, calendar)
            : now;
        for (const id of await candidates(office.id, horizon)) {
          await attempt(async () => {
            await locked(id, async (tx, record) => {
              for (const metric of ["first-response", "resolution"] as const) {
                const dueAt = runningDue(record.row, metric);
                if (!dueAt) continue;
                const type = dueAt <= now ? "breach" : "warning";
                if (await checkClock(tx, record, { metric, type, dueAt }, now)) {
                  counts[type === "breach" ? "breached" : "warned"]++;
                }
              }
              return true;
            });
          });
        }
      }
      const expired = await db
        .select({ id: supportRequests.id })
        .from(supportRequests)
        .innerJoin(offices, eq(offices.id, supportRequests.officeId))
        .where(
          and(
            eq(supportRequests.status, "resolved"),
            sql`${supportRequests.resolvedAt} + ${offices.reopenDays} * interval '1 day' < ${now.toISOString()}::timestamptz`,
          ),
        );
      for (const { id } of expired) {
        await attempt(async () => {
          if (await locked(id, (tx, record) => autoClose(tx, record, now))) counts.closed++;
        });
      }
      if (failures.length > 0)
        throw new AggregateError(failures, `SLA sweep: ${failures.length} request(s) failed`);
      return counts;
    },
  };
}
export type SlaWork = ReturnType<typeof createSlaWork>;
