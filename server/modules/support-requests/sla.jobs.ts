import { createHash } from "node:crypto";
import type { SlaMetric } from "../../../contracts/support-requests/vocabulary.ts";
import type { Tx } from "../../db/client.ts";
import type { Jobs, RetryPolicy } from "../../platform/jobs/jobs.ts";
import { officeCalendar } from "../offices/offices.service.ts";
import { autoCloseAt, runningDue, type SlaWork, warningAt } from "./sla.sweep.ts";
import type { OfficeRow, SupportRequestRow } from "./support-requests.repository.ts";

/** A warning or a breach check of one clock, for the due time it was scheduled for. */
export const SLA_QUEUE = "support-sla";
/** A resolved request closing itself when its reopen window ends. */
export const AUTOCLOSE_QUEUE = "support-autoclose";
/** The sweep: everything due by now, at start-up and every five minutes, for jobs lost or run early. */
export const SWEEP_QUEUE = "support-sla-sweep";

/** `at`: the instant the job was scheduled for (ISO), `dueAt` the due time it checks. */
export type SlaJob = {
  requestId: string;
  metric: SlaMetric;
  dueAt: string;
  type: "warning" | "breach";
  at: string;
};
export type AutoCloseJob = { requestId: string; resolvedAt: string; at: string };

const retry: RetryPolicy = { retryLimit: 5, retryDelay: 30, retryBackoff: true, retryDelayMax: 1800 };

/**
 * The same job for the same clock and due time gets the same id, so scheduling again after every write
 * (a reply, a reassignment) enqueues nothing new: pg-boss skips an id it already holds.
 */
function jobId(...parts: string[]): string {
  const hex = createHash("sha256").update(parts.join("|")).digest("hex");
  // A version-5-shaped UUID (name-based), which is what it is.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((Number.parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Schedules the pg-boss jobs of a request's running clocks after any write that changed them: a warning
 * `warnBeforeMinutes` business minutes before each due time and a breach check at it (jobs whose due
 * time no longer matches the row are ignored when they run), and the automatic closing of a resolved
 * request. Inside `tx`, so they exist only if it commits. Without a queue (tests, CLI) nothing is
 * scheduled; `sweepSla` does the same work on demand.
 */
export async function scheduleSla(
  jobs: Jobs | undefined,
  tx: Tx,
  row: SupportRequestRow,
  office: OfficeRow,
): Promise<void> {
  if (!jobs) return;
  const calendar = officeCalendar(office);
  for (const metric of ["first-response", "resolution"] as const) {
    const due = runningDue(row, metric);
    if (!due) continue;
    const dueAt = due.toISOString();
    const warnAt = warningAt(due, office, calendar);
    const send = (type: SlaJob["type"], startAfter: Date) =>
      jobs.send(
        SLA_QUEUE,
        { requestId: row.id, metric, dueAt, type, at: startAfter.toISOString() } satisfies SlaJob,
        {
          tx,
          startAfter,
          id: jobId(SLA_QUEUE, row.id, metric, type, dueAt),
        },
      );
    if (warnAt && warnAt < due) await send("warning", warnAt);
    await send("breach", due);
  }
  if (row.status === "resolved" && row.resolvedAt) {
    const resolvedAt = row.resolvedAt.toISOString();
    const at = autoCloseAt(row.resolvedAt, office.reopenDays);
    await jobs.send(
      AUTOCLOSE_QUEUE,
      { requestId: row.id, resolvedAt, at: at.toISOString() } satisfies AutoCloseJob,
      {
        tx,
        startAfter: at,
        id: jobId(AUTOCLOSE_QUEUE, row.id, resolvedAt, String(office.reopenDays)),
      },
    );
  }
}

/**
 * Defines the SLA queues and works them in this process (the server), schedules the sweep every five
 * minutes and runs it once now. A job runs when pg-boss's (the database's) clock reaches its time; this
 * process's clock may lag a little, so a job counts as run no earlier than the instant it was meant for.
 */
export async function startSlaWorker(jobs: Jobs | undefined, work: SlaWork): Promise<void> {
  if (!jobs) return;
  await jobs.define(SLA_QUEUE, retry);
  await jobs.define(AUTOCLOSE_QUEUE, retry);
  await jobs.define(SWEEP_QUEUE, {
    retryLimit: 1,
    retryDelay: 60,
    retryBackoff: false,
    expireInSeconds: 600,
  });
  await jobs.work<SlaJob>(SLA_QUEUE, async ({ data }) => {
    const dueAt = new Date(data.dueAt);
    const now = new Date(Math.max(Date.now(), Date.parse(data.at)));
    await work.locked(data.requestId, (tx, record) =>
      work.checkClock(tx, record, { metric: data.metric, type: data.type, dueAt }, now),
    );
  });
  await jobs.work<AutoCloseJob>(AUTOCLOSE_QUEUE, async ({ data }) => {
    const now = new Date(Math.max(Date.now(), Date.parse(data.at)));
    await work.locked(data.requestId, async (tx, record) => {
      // Reopened and resolved again since: that resolution has its own job.
      if (record.row.resolvedAt?.toISOString() !== data.resolvedAt) return false;
      return work.autoClose(tx, record, now);
    });
  });
  await jobs.work(SWEEP_QUEUE, async () => {
    await work.sweep(new Date());
  });
  await jobs.schedule(SWEEP_QUEUE, "*/5 * * * *");
  await jobs.send(SWEEP_QUEUE, {});
}
