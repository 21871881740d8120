import { beforeAll, describe, expect, it } from "vitest";
import { fromZoned } from "../../platform/business-hours/zoned.ts";
import { createTestApp } from "../../testing/app.ts";
import { insertRequest, type SupportDesk, supportDesk } from "../../testing/support-desk.ts";
import { officeCalendar } from "../offices/offices.service.ts";
import { dueTimes } from "./sla.ts";
import type { SupportRequestRow } from "./support-requests.repository.ts";

const LA = "America/Los_Angeles";
const la = (month: number, day: number, hour: number, minute = 0) =>
  fromZoned({ year: 2026, month, day, hour, minute }, LA);

type Mail = { to: string; kind: string; locale: string; subject: string; text: string };

describe("the SLA sweep (LA desk: Mon–Fri 09–18, US holidays, warnings 60 business minutes ahead)", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  let desk: SupportDesk;
  const target = { firstResponseMinutes: 120, resolutionMinutes: 600 };

  const sweep = (now: Date) => setup.services.supportRequests.sweepSla(now);

  /** A request created at `createdAt` with its clocks computed as the intake would. */
  async function requestAt(createdAt: Date, values: Partial<SupportRequestRow> = {}) {
    const due = dueTimes({ createdAt, slaPausedMinutes: 0 }, target, officeCalendar(desk.office, createdAt));
    return insertRequest(setup.database.db, desk, { createdAt, status: "in-progress", ...due, ...values });
  }

  async function rowOf(id: string) {
    const { rows } = await setup.database.pool.query(
      `select status, closed_at, first_response_breached_at, resolution_breached_at from support_requests where id = $1`,
      [id],
    );
    return rows[0];
  }

  async function mails(requestNumber: number): Promise<Mail[]> {
    const { rows } = await setup.database.pool.query<Mail>(
      `select "to", kind, locale, subject, "text" from mail_outbox where subject like $1 order by created_at, id`,
      [`%#${requestNumber} %`],
    );
    return rows;
  }

  async function slaEvents(id: string) {
    const { rows } = await setup.database.pool.query<{ actor_label: string; detail: Record<string, string> }>(
      `select actor_label, detail from support_events where request_id = $1 and kind = 'sla' order by created_at, id`,
      [id],
    );
    return rows;
  }

  beforeAll(async () => {
    setup = await createTestApp();
    desk = await supportDesk(setup, { target, warnBeforeMinutes: 60, reopenDays: 14 });
  });

  it("warns once, records each breach once, leaves paused and answered clocks alone, and closes expired resolutions", async () => {
    const friday = la(3, 6, 9); // Friday before the spring-forward weekend, 09:00 PST
    const assigned = await requestAt(friday, {
      assigneeId: desk.lee.actor.id,
      subject: "FDA 등록",
      preferredLanguage: "en",
    });
    const unassigned = await requestAt(friday, { subject: "바이어 찾기" });
    const paused = await requestAt(friday, {
      assigneeId: desk.lee.actor.id,
      status: "waiting-on-company",
      slaPausedAt: la(3, 6, 9, 30),
    });
    const answered = await requestAt(friday, {
      assigneeId: desk.park.actor.id,
      firstRespondedAt: la(3, 6, 10),
    });
    const expired = await requestAt(la(2, 9, 9), {
      status: "resolved",
      resolvedAt: new Date("2026-02-20T12:00:00Z"),
      slaPausedAt: new Date("2026-02-20T12:00:00Z"),
    });
    const recent = await requestAt(la(2, 27, 9), {
      status: "resolved",
      resolvedAt: la(3, 2, 12),
      slaPausedAt: la(3, 2, 12),
    });
    // First response due Friday 11:00; resolution (540 minutes Friday + 60) Monday 10:00 PDT, after the DST change.
    expect(assigned.firstResponseDueAt?.toISOString()).toBe(la(3, 6, 11).toISOString());
    expect(assigned.resolutionDueAt?.toISOString()).toBe("2026-03-09T17:00:00.000Z");

    expect(await sweep(la(3, 6, 9, 59))).toEqual({ warned: 0, breached: 0, closed: 1 });
    expect(await sweep(la(3, 6, 10))).toEqual({ warned: 2, breached: 0, closed: 0 });
    expect(await sweep(la(3, 6, 10, 30))).toEqual({ warned: 0, breached: 0, closed: 0 });
    expect(await sweep(la(3, 6, 11))).toEqual({ warned: 0, breached: 2, closed: 0 });
    // Friday at closing: 60 business minutes before Monday 10:00 is Monday 09:00, not yet.
    expect(await sweep(la(3, 6, 18))).toEqual({ warned: 0, breached: 0, closed: 0 });
    expect(await sweep(la(3, 9, 8, 59))).toEqual({ warned: 0, breached: 0, closed: 0 });
    expect(await sweep(la(3, 9, 9))).toEqual({ warned: 3, breached: 0, closed: 0 });
    expect(await sweep(la(3, 9, 10))).toEqual({ warned: 0, breached: 3, closed: 0 });
    expect(await sweep(la(3, 9, 10, 5))).toEqual({ warned: 0, breached: 0, closed: 0 });

    // Breaches: recorded at the due time, in the table, on the row, in the history and the audit log.
    expect(await rowOf(assigned.id)).toMatchObject({
      first_response_breached_at: la(3, 6, 11),
      resolution_breached_at: new Date("2026-03-09T17:00:00.000Z"),
    });
    const { rows: breaches } = await setup.database.pool.query(
      `select request_id, metric, priority, due_at, breached_at from sla_breaches order by due_at, metric`,
    );
    expect(breaches.filter((b) => b.request_id === assigned.id)).toEqual([
      expect.objectContaining({ metric: "first-response", priority: "normal", due_at: la(3, 6, 11) }),
      expect.objectContaining({ metric: "resolution", due_at: new Date("2026-03-09T17:00:00.000Z") }),
    ]);
    expect(breaches.filter((b) => b.request_id === answered.id).map((b) => b.metric)).toEqual(["resolution"]);
    expect(breaches.some((b) => b.request_id === paused.id)).toBe(false);
    expect(
      (await slaEvents(assigned.id)).map((e) => [e.actor_label, e.detail.type, e.detail.metric]),
    ).toEqual([
      ["system", "warning", "first-response"],
      ["system", "breach", "first-response"],
      ["system", "warning", "resolution"],
      ["system", "breach", "resolution"],
    ]);
    const { rows: audit } = await setup.database.pool.query(
      `select action, actor_kind, actor_label from audit_events where resource_id = $1 order by at`,
      [assigned.id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      "support-request.sla-warning",
      "support-request.sla-breach",
      "support-request.sla-warning",
      "support-request.sla-breach",
    ]);
    expect(audit[0]).toMatchObject({ actor_kind: "system", actor_label: "system" });

    // Mail: the assignee only; every staff member while nobody is assigned; due times in the office's zone.
    const toAssignee = await mails(assigned.number);
    expect(toAssignee.map((m) => [m.to, m.kind])).toEqual([
      [desk.lee.actor.label, "support-sla-warning"],
      [desk.lee.actor.label, "support-sla-breach"],
      [desk.lee.actor.label, "support-sla-warning"],
      [desk.lee.actor.label, "support-sla-breach"],
    ]);
    expect(toAssignee[0]!.locale).toBe("ko");
    expect(toAssignee[0]!.subject).toContain("SLA 경고");
    expect(toAssignee[0]!.text).toContain("2026년 3월 6일 금 오전 11:00 GMT-8 (America/Los_Angeles)");
    expect(toAssignee[0]!.text).toContain("1시간 남았습니다");
    expect(toAssignee[3]!.text).toContain("2026년 3월 9일 월 오전 10:00 GMT-7 (America/Los_Angeles)");
    const toStaff = await mails(unassigned.number);
    expect(
      toStaff
        .filter((m) => m.kind === "support-sla-breach")
        .map((m) => m.to)
        .sort(),
    ).toEqual(
      [desk.lee.actor.label, desk.park.actor.label, desk.lee.actor.label, desk.park.actor.label].sort(),
    );

    // Automatic closing: past the 14-day reopen window only; a status event by the system; mail to the company.
    expect(await rowOf(expired.id)).toMatchObject({ status: "closed", closed_at: la(3, 6, 9, 59) });
    expect((await rowOf(recent.id)).status).toBe("resolved");
    const { rows: closing } = await setup.database.pool.query(
      `select from_status, to_status, actor_label, detail from support_events where request_id = $1`,
      [expired.id],
    );
    expect(closing).toEqual([
      {
        from_status: "resolved",
        to_status: "closed",
        actor_label: "system",
        detail: { reason: "reopen-window-ended", reopenDays: 14 },
      },
    ]);
    const closedMail = await mails(expired.number);
    expect(closedMail.map((m) => [m.to, m.kind, m.locale])).toEqual([
      [desk.kim.actor.label, "support-autoclosed", "ko"],
    ]);
    expect(closedMail[0]!.text).toContain("재개 가능 기간(14일)이 지나 자동으로 종료되었습니다");
  });

  it("sends nothing and records nothing for a clock due again after a resume (a new due time is a new clock)", async () => {
    const monday = la(3, 16, 9);
    const request = await requestAt(monday, { assigneeId: desk.lee.actor.id });
    await sweep(la(3, 16, 11)); // first response breached at 11:00
    // Resumed after a pause: the resolution due time moved; the sweep before the new due time breaches nothing.
    const moved = dueTimes(
      { createdAt: monday, slaPausedMinutes: 120 },
      target,
      officeCalendar(desk.office, monday),
    );
    await setup.database.pool.query(`update support_requests set resolution_due_at = $2 where id = $1`, [
      request.id,
      moved.resolutionDueAt,
    ]);
    await sweep(new Date(moved.resolutionDueAt.getTime() - 60_000));
    const { rows } = await setup.database.pool.query(
      `select metric from sla_breaches where request_id = $1`,
      [request.id],
    );
    expect(rows.map((r) => r.metric)).toEqual(["first-response"]);
    await sweep(moved.resolutionDueAt);
    const { rows: after } = await setup.database.pool.query(
      `select metric, due_at from sla_breaches where request_id = $1 order by metric`,
      [request.id],
    );
    expect(after).toEqual([
      expect.objectContaining({ metric: "first-response" }),
      { metric: "resolution", due_at: moved.resolutionDueAt },
    ]);
  });
});
