import { beforeAll, describe, expect, it } from "vitest";
import { officeDashboard as dashboardSchema } from "../../../contracts/offices/office.ts";
import { fromZoned } from "../../platform/business-hours/zoned.ts";
import { bearerFor } from "../../testing/actors.ts";
import { createTestApp } from "../../testing/app.ts";
import { testAdmin } from "../../testing/factories.ts";
import { insertRequest, type SupportDesk, supportDesk } from "../../testing/support-desk.ts";
import { officeDashboard } from "./dashboard.ts";
import { slaBreaches, type supportRequests } from "./support-requests.table.ts";

const LA = "America/Los_Angeles";
const la = (month: number, day: number, hour: number, minute = 0) =>
  fromZoned({ year: 2026, month, day, hour, minute }, LA);
const MINUTE = 60_000;

describe("the office dashboard", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  let desk: SupportDesk;
  let otherDesk: SupportDesk;
  const now = la(3, 20, 12); // Friday 12:00 PDT
  // Two weeks, Monday 00:00 to Monday 00:00 in Los Angeles (PST, then PDT after March 8).
  const period = { from: la(3, 2, 0), to: la(3, 16, 0) };
  const later = la(4, 1, 12);

  async function refusal(work: Promise<unknown>) {
    try {
      await work;
    } catch (error) {
      const { code, fields } = error as { code: string; fields?: { field: string }[] };
      return { code, fields: fields?.map((f) => f.field) };
    }
    throw new Error("expected a refusal");
  }

  /** A request created at `createdAt` with its first-response clock answered `answeredAfter` minutes later. */
  function answered(createdAt: Date, minutes: number, onTime: boolean) {
    const firstRespondedAt = new Date(createdAt.getTime() + minutes * MINUTE);
    const firstResponseDueAt = new Date(firstRespondedAt.getTime() + (onTime ? 1 : -1) * 10 * MINUTE);
    return { createdAt, firstRespondedAt, firstResponseDueAt, firstResponseMinutes: minutes };
  }

  beforeAll(async () => {
    setup = await createTestApp();
    desk = await supportDesk(setup, { warnBeforeMinutes: 60 });
    otherDesk = await supportDesk(setup);
    const db = setup.database.db;
    const add = (values: Partial<typeof supportRequests.$inferInsert>) => insertRequest(db, desk, values);
    // Week of March 2.
    await add({
      ...answered(la(3, 3, 10), 30, true),
      status: "closed",
      resolvedAt: la(3, 4, 10),
      resolutionDueAt: la(3, 5, 10),
      closedAt: la(3, 6, 10),
      rating: 5,
    });
    await add({
      ...answered(la(3, 4, 10), 60, true),
      status: "resolved",
      resolvedAt: la(3, 10, 10),
      resolutionDueAt: la(3, 9, 10),
      slaPausedAt: la(3, 10, 10),
      rating: 4,
    });
    const breached = await add({
      ...answered(la(3, 5, 10), 200, false),
      firstResponseBreachedAt: la(3, 5, 13),
      status: "in-progress",
      priority: "high",
      resolutionDueAt: later,
    });
    // Sunday 23:30 in Los Angeles is already Monday in UTC: it belongs to the week of March 2 here.
    await add({
      ...answered(la(3, 8, 23, 30), 150, false),
      status: "waiting-on-company",
      slaPausedAt: la(3, 10, 9),
      resolutionDueAt: later,
    });
    // Week of March 9.
    await add({ ...answered(la(3, 10, 10), 90, true), status: "triaged", resolutionDueAt: later });
    await add({
      createdAt: la(3, 11, 10),
      status: "new",
      priority: "urgent",
      firstResponseDueAt: new Date(now.getTime() + 30 * MINUTE), // at risk: within the 60-minute window
      resolutionDueAt: later,
    });
    await add({
      createdAt: la(3, 12, 10),
      status: "new",
      firstResponseDueAt: la(3, 23, 12), // Monday: not at risk
      resolutionDueAt: later,
    });
    const lateResolution = await add({
      ...answered(la(3, 13, 10), 45, true),
      status: "in-progress",
      resolutionDueAt: la(3, 14, 10),
      resolutionBreachedAt: la(3, 14, 10),
    });
    await add({
      createdAt: la(3, 14, 10),
      status: "waiting-on-company",
      slaPausedAt: la(3, 14, 11),
      firstResponseDueAt: new Date(now.getTime() + 10 * MINUTE), // paused: never at risk
      resolutionDueAt: later,
    });
    // Before the period: closed, answered in time, rated 1 — counted nowhere in the period.
    await add({
      ...answered(la(2, 20, 10), 5, true),
      status: "closed",
      resolvedAt: la(2, 21, 10),
      rating: 1,
    });
    // Another office's request: never counted here.
    await insertRequest(db, otherDesk, { createdAt: la(3, 10, 10), status: "new" });
    await db.insert(slaBreaches).values([
      {
        requestId: breached.id,
        officeId: desk.office.id,
        metric: "first-response",
        priority: "high",
        dueAt: la(3, 5, 13),
        breachedAt: la(3, 5, 13),
      },
      {
        requestId: lateResolution.id,
        officeId: desk.office.id,
        metric: "resolution",
        priority: "normal",
        dueAt: la(3, 14, 10),
        breachedAt: la(3, 14, 10),
      },
      // Outside the period on either side.
      {
        requestId: breached.id,
        officeId: desk.office.id,
        metric: "resolution",
        priority: "high",
        dueAt: la(3, 17, 10),
        breachedAt: la(3, 17, 10),
      },
      {
        requestId: breached.id,
        officeId: desk.office.id,
        metric: "resolution",
        priority: "high",
        dueAt: la(2, 25, 10),
        breachedAt: la(2, 25, 10),
      },
    ]);
  });

  it("counts open requests, compliance, the median first response, breaches, risk and satisfaction", async () => {
    const dashboard = await officeDashboard(setup.database.db, testAdmin, desk.office.id, period, now);
    expect(dashboardSchema.parse(dashboard)).toEqual(dashboard);
    expect(dashboard).toEqual({
      officeId: desk.office.id,
      from: "2026-03-02T08:00:00.000Z",
      to: "2026-03-16T07:00:00.000Z",
      openByStatus: { new: 2, triaged: 1, "in-progress": 2, "waiting-on-company": 2 },
      openByPriority: { low: 0, normal: 5, high: 1, urgent: 1 },
      // First response: 4 in time (30, 60, 90, 45 minutes), 2 late (one recorded breach, one answered late).
      // Resolution: 1 in time, 1 resolved late, 1 breached while still open.
      compliance: { firstResponse: 4 / 6, resolution: 1 / 3 },
      // 30, 45, 60, 90, 150, 200
      medianFirstResponseMinutes: 75,
      breaches: { firstResponse: 1, resolution: 1 },
      atRisk: 1,
      weeks: [
        {
          week: "2026-03-02",
          created: 4,
          resolved: 1,
          firstResponseCompliance: 0.5,
          resolutionCompliance: 0.5,
        },
        { week: "2026-03-09", created: 5, resolved: 1, firstResponseCompliance: 1, resolutionCompliance: 0 },
      ],
      satisfaction: { average: 4.5, count: 2 },
    });
  });

  it("covers the last twelve weeks by default, Monday to Monday in the office's zone, and empty weeks as nulls", async () => {
    const dashboard = await officeDashboard(setup.database.db, testAdmin, desk.office.id, {}, now);
    expect(dashboard.from).toBe("2025-12-29T08:00:00.000Z");
    expect(dashboard.to).toBe(now.toISOString());
    expect(dashboard.weeks).toHaveLength(12);
    expect(dashboard.weeks[0]).toEqual({
      week: "2025-12-29",
      created: 0,
      resolved: 0,
      firstResponseCompliance: null,
      resolutionCompliance: null,
    });
    expect(dashboard.weeks.at(-1)!.week).toBe("2026-03-16");
    // The earlier request (February 20) is in this period: its clocks count now.
    expect(dashboard.weeks.find((w) => w.week === "2026-02-16")).toMatchObject({
      created: 1,
      firstResponseCompliance: 1,
    });
    expect(dashboard.satisfaction).toEqual({ average: 10 / 3, count: 3 });
    // An empty period: rates are null, not zero.
    const empty = await officeDashboard(
      setup.database.db,
      testAdmin,
      desk.office.id,
      { from: la(1, 5, 0), to: la(1, 12, 0) },
      now,
    );
    expect(empty).toMatchObject({
      compliance: { firstResponse: null, resolution: null },
      medianFirstResponseMinutes: null,
      satisfaction: { average: null, count: 0 },
      weeks: [{ week: "2026-01-05", created: 0 }],
    });
  });

  it("is for the city and the office's own staff only", async () => {
    const db = setup.database.db;
    const id = desk.office.id;
    expect((await officeDashboard(db, desk.lee, id, period, now)).atRisk).toBe(1);
    expect(await refusal(officeDashboard(db, otherDesk.lee, id, period, now))).toEqual({
      code: "FORBIDDEN",
      fields: undefined,
    });
    expect(await refusal(officeDashboard(db, desk.kim, id, period, now))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await refusal(officeDashboard(db, undefined, id, period, now))).toMatchObject({
      code: "UNAUTHENTICATED",
    });
    expect(
      await refusal(officeDashboard(db, testAdmin, "00000000-0000-7000-8000-000000000000", {}, now)),
    ).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await refusal(officeDashboard(db, testAdmin, "not-an-id", {}, now))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(
      await refusal(officeDashboard(db, testAdmin, id, { from: period.to, to: period.from }, now)),
    ).toEqual({
      code: "VALIDATION_FAILED",
      fields: ["from"],
    });
  });

  describe("GET /api/v1/offices/{id}/dashboard", () => {
    const get = (id: string, query: string, headers: Record<string, string> = {}) =>
      setup.app.inject({ method: "GET", url: `/api/v1/offices/${id}/dashboard${query}`, headers });

    it("answers the city and the office's staff, refuses others, and names a bad period field", async () => {
      const admin = await bearerFor(setup.app, "admin");
      const query = `?from=${encodeURIComponent(period.from.toISOString())}&to=${encodeURIComponent("2026-03-16T00:00:00-07:00")}`;
      const ok = await get(desk.office.id, query, admin);
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({
        from: "2026-03-02T08:00:00.000Z",
        to: "2026-03-16T07:00:00.000Z",
        breaches: { firstResponse: 1, resolution: 1 },
        weeks: [
          { week: "2026-03-02", created: 4 },
          { week: "2026-03-09", created: 5 },
        ],
      });
      const staff = await get(desk.office.id, query, { cookie: desk.lee.cookie });
      expect(staff.statusCode).toBe(200);
      const other = await get(desk.office.id, query, { cookie: otherDesk.lee.cookie });
      expect(other.statusCode).toBe(403);
      expect((await get(desk.office.id, "")).statusCode).toBe(401);
      expect((await get("00000000-0000-7000-8000-000000000000", "", admin)).statusCode).toBe(404);
      const bad = await get(desk.office.id, "?from=last-week", { ...admin, "accept-language": "en" });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields.map((f: { field: string }) => f.field)).toEqual(["from"]);
    });
  });
});
