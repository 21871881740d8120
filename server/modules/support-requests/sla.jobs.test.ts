import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, buildApp } from "../../app.ts";
import { type Jobs, startJobs } from "../../platform/jobs/jobs.ts";
import { eventually } from "../../platform/mail/smtp-test-server.ts";
import { createTestDatabase, type TestDatabase } from "../../testing/database.ts";
import { alwaysOpen, insertRequest, type SupportDesk, supportDesk } from "../../testing/support-desk.ts";
import { SLA_QUEUE, scheduleSla } from "./sla.jobs.ts";
import { findCase } from "./support-requests.repository.ts";
import { supportRequests } from "./support-requests.table.ts";

const MINUTE = 60_000;

/**
 * The SLA jobs on a real pg-boss against the test database, worked by the app as the server runs it
 * (buildApp with a job queue starts the SLA worker next to the mail worker).
 */
describe("SLA jobs (pg-boss)", () => {
  let database: TestDatabase;
  let jobs: Jobs;
  let app: App;
  let desk: SupportDesk;
  let dataDir: string;

  const query = async <T>(text: string, values: unknown[] = []) =>
    (await database.pool.query(text, values)).rows as T[];

  /** Schedules the request's jobs as a write would: inside its transaction. */
  async function schedule(id: string) {
    await database.db.transaction(async (tx) => {
      const record = (await findCase(tx, id))!;
      await scheduleSla(jobs, tx, record.row, record.office);
    });
  }

  async function jobStates(id: string) {
    return query<{ state: string; data: { type: string; metric: string } }>(
      `select state, data from pgboss.job where name = $1 and data->>'requestId' = $2`,
      [SLA_QUEUE, id],
    );
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    jobs = await startJobs({
      connectionString: database.url,
      onError: () => {},
      pollingIntervalSeconds: 0.5,
    });
    dataDir = mkdtempSync(path.join(tmpdir(), "gateway-test-data-"));
    app = await buildApp({
      config: {
        production: true,
        logLevel: "silent",
        publicUrl: undefined,
        trustProxy: false,
        rateLimitPerMinute: 10_000,
        dataDir,
      },
      database,
      jobs,
    });
    // One-minute targets in an office open around the clock: business minutes are real minutes.
    desk = await supportDesk(
      { services: app.services, database },
      {
        hours: alwaysOpen,
        holidayCalendars: [],
        target: { firstResponseMinutes: 1, resolutionMinutes: 60 },
        warnBeforeMinutes: 1,
        reopenDays: 0,
      },
    );
  });
  afterAll(async () => {
    await app?.close();
    await jobs?.stop(2000);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("warns, then records the breach and mails the assignee when a one-minute first response runs out", async () => {
    // Created 55 seconds ago: the warning (1 minute before due) is already due, the breach comes in 5 s.
    const createdAt = new Date(Date.now() - 55_000);
    const request = await insertRequest(database.db, desk, {
      createdAt,
      status: "new",
      assigneeId: desk.lee.actor.id,
      firstResponseDueAt: new Date(createdAt.getTime() + MINUTE),
      resolutionDueAt: new Date(createdAt.getTime() + 60 * MINUTE),
    });
    await schedule(request.id);
    // Scheduling again after another write adds no job: the same clock and due time have the same job.
    await schedule(request.id);
    expect((await jobStates(request.id)).map((j) => `${j.data.type} ${j.data.metric}`).sort()).toEqual([
      "breach first-response",
      "breach resolution",
      "warning first-response",
      "warning resolution",
    ]);

    const [breach] = await eventually(async () => {
      const rows = await query<{ metric: string; due_at: Date }>(
        `select metric, due_at from sla_breaches where request_id = $1`,
        [request.id],
      );
      return rows.length > 0 ? rows : undefined;
    });
    expect(breach).toEqual({ metric: "first-response", due_at: request.firstResponseDueAt });
    const [row] = await query<{ first_response_breached_at: Date; resolution_breached_at: Date | null }>(
      `select first_response_breached_at, resolution_breached_at from support_requests where id = $1`,
      [request.id],
    );
    expect(row).toEqual({
      first_response_breached_at: request.firstResponseDueAt,
      resolution_breached_at: null,
    });
    const outbox = await eventually(async () => {
      const rows = await query<{ to: string; kind: string; text: string }>(
        `select "to", kind, "text" from mail_outbox where kind like 'support-sla-%' and subject like $1 order by created_at`,
        [`%#${request.number} %`],
      );
      return rows.length === 2 ? rows : undefined;
    });
    expect(outbox.map((m) => [m.to, m.kind])).toEqual([
      [desk.lee.actor.label, "support-sla-warning"],
      [desk.lee.actor.label, "support-sla-breach"],
    ]);
    expect(outbox[1]!.text).toContain("(America/Los_Angeles)");
    const events = await query<{ detail: { type: string } }>(
      `select detail from support_events where request_id = $1 and kind = 'sla' order by created_at`,
      [request.id],
    );
    expect(events.map((e) => e.detail.type)).toEqual(["warning", "breach"]);
  });

  it("does nothing when the clock stopped or moved before its job runs", async () => {
    const createdAt = new Date(Date.now() - 57_000);
    const request = await insertRequest(database.db, desk, {
      createdAt,
      status: "in-progress",
      assigneeId: desk.lee.actor.id,
      firstResponseDueAt: new Date(createdAt.getTime() + MINUTE),
      resolutionDueAt: new Date(createdAt.getTime() + 60 * MINUTE),
    });
    // Scheduled by a write that saw the clock running, then answered before the jobs run (same transaction,
    // so no job can run in between): the first-response jobs find their clock stopped.
    await database.db.transaction(async (tx) => {
      const record = (await findCase(tx, request.id))!;
      await scheduleSla(jobs, tx, record.row, record.office);
      await tx
        .update(supportRequests)
        .set({ firstRespondedAt: new Date() })
        .where(eq(supportRequests.id, request.id));
    });
    await eventually(async () => {
      const done = (await jobStates(request.id)).filter(
        (j) => j.data.metric === "first-response" && j.state === "completed",
      );
      return done.length === 2 ? done : undefined;
    });
    expect(await query(`select 1 from sla_breaches where request_id = $1`, [request.id])).toEqual([]);
    expect(await query(`select 1 from support_events where request_id = $1`, [request.id])).toEqual([]);
  });

  it("closes a resolved request by itself when its reopen window ends", async () => {
    const request = await insertRequest(database.db, desk, {
      status: "resolved",
      resolvedAt: new Date(Date.now() - 1000),
      slaPausedAt: new Date(Date.now() - 1000),
      assigneeId: desk.lee.actor.id,
    });
    await schedule(request.id);
    const [closed] = await eventually(async () => {
      const rows = await query<{ status: string; closed_at: Date | null }>(
        `select status, closed_at from support_requests where id = $1 and status = 'closed'`,
        [request.id],
      );
      return rows.length > 0 ? rows : undefined;
    });
    expect(closed!.closed_at).toBeInstanceOf(Date);
    const mail = await query<{ to: string; kind: string }>(
      `select "to", kind from mail_outbox where subject like $1`,
      [`%#${request.number} %`],
    );
    expect(mail).toEqual([{ to: desk.kim.actor.label, kind: "support-autoclosed" }]);
  });

  it("keeps the sweep on a five-minute schedule", async () => {
    const schedules = await query<{ name: string; cron: string }>(`select name, cron from pgboss.schedule`);
    expect(schedules).toContainEqual({ name: "support-sla-sweep", cron: "*/5 * * * *" });
  });
});
