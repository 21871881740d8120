import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { SupportStatus } from "../../../contracts/support-requests/vocabulary.ts";
import { supportPriorities, supportServices } from "../../../contracts/support-requests/vocabulary.ts";
import { addBusinessMinutes, businessMinutesBetween } from "../../platform/business-hours/business-time.ts";
import { createServices, type Services } from "../../services.ts";
import { createTestDatabase, type TestDatabase } from "../../testing/database.ts";
import { officeCalendar } from "../offices/offices.service.ts";
import { slaBreaches, supportMessages, supportRequests } from "../support-requests/support-requests.table.ts";
import { businessTimeline } from "./business-timeline.ts";
import { laDesk } from "./demo-offices.ts";
import { type SyntheticCase, syntheticSupport, syntheticSupportId, unit } from "./synthetic-support.ts";

const DAY = 86_400_000;
const now = new Date("2026-11-25T05:00:00Z");
const office = { id: "office-la", updatedAt: "2026-01-01T00:00:00Z", ...laDesk.desk };
const calendar = officeCalendar(office, new Date(now.getTime() - 274 * DAY));
const timeline = businessTimeline(
  calendar,
  new Date(now.getTime() - 600 * DAY),
  new Date(now.getTime() + 180 * DAY),
);
const staff = [
  { userId: "u1", name: "김민지", services: ["market-research", "buyer-matching"] as const },
  { userId: "u2", name: "Daniel Kang", services: ["certification", "legal-tax", "interpretation"] as const },
  { userId: "u3", name: "박서준", services: ["marketing-events", "office-space"] as const },
];
const companies = Array.from({ length: 500 }, (_, i) => ({
  id: `company-${i}`,
  name: i % 3 === 0 ? { en: `Company ${i}` } : { ko: `회사 ${i}`, en: `Company ${i}` },
}));
const generate = syntheticSupport({ now, office, slaTargets: office.slaTargets, timeline, companies, staff });
const cases: SyntheticCase[] = Array.from({ length: 5000 }, (_, i) => generate(i + 1));
const requests = cases.map((c) => c.request);
const at = (date: Date | null | undefined) => date?.getTime() ?? Number.NaN;

describe("business timeline", () => {
  it("adds, measures and subtracts business minutes as the platform does, across DST and holidays", () => {
    for (let i = 0; i < 400; i++) {
      const start = new Date(now.getTime() - unit(i, 0) * 560 * DAY);
      const minutes = Math.round(unit(i, 1) * 12_000);
      const due = addBusinessMinutes(start, minutes, calendar);
      expect(timeline.add(start, minutes).toISOString()).toBe(due.toISOString());
      const later = new Date(start.getTime() + unit(i, 2) * 60 * DAY);
      expect(timeline.between(start, later)).toBeCloseTo(businessMinutesBetween(start, later, calendar), 6);
      // Back from a due time that lies in business hours lands where counting forward lands on it.
      if (minutes > 0) {
        const back = timeline.subtract(due, minutes);
        expect(timeline.add(back, minutes).toISOString()).toBe(due.toISOString());
        expect(back.getTime()).toBeGreaterThanOrEqual(start.getTime());
      }
    }
    expect(() => timeline.add(new Date(now.getTime() + 400 * DAY), 10)).toThrow(RangeError);
  });
});

describe("synthetic support requests", () => {
  it("are deterministic, with the statuses, priorities, services and languages of a real desk", () => {
    expect(generate(77)).toEqual(generate(77));
    expect(requests[76]?.id).toBe(syntheticSupportId(77));
    const share = (status: SupportStatus) =>
      requests.filter((r) => r.status === status).length / requests.length;
    expect(share("closed")).toBeCloseTo(0.5, 1);
    expect(share("resolved")).toBeCloseTo(0.2, 1);
    expect(share("new")).toBeGreaterThan(0.05);
    expect(share("waiting-on-company")).toBeGreaterThan(0.03);
    expect(new Set(requests.map((r) => r.priority))).toEqual(new Set(supportPriorities));
    expect(new Set(requests.map((r) => r.service))).toEqual(new Set(supportServices));
    const korean = requests.filter((r) => /[가-힣]/.test(r.subject));
    expect(korean.length / requests.length).toBeGreaterThan(0.6);
    expect(korean.every((r) => r.preferredLanguage === "ko")).toBe(true);
    expect(requests.some((r) => r.preferredLanguage === "en" && /^[ -~]+$/.test(r.subject))).toBe(true);
    expect(requests.filter((r) => /FDA/.test(r.subject)).length).toBeGreaterThan(200);
  });

  it("have due times as sla.ts computes them: created + target + paused business minutes", () => {
    for (const r of requests.filter((_, i) => i % 25 === 0)) {
      const target = office.slaTargets[r.priority!];
      const paused = r.slaPausedMinutes!;
      expect(at(r.firstResponseDueAt)).toBe(
        addBusinessMinutes(r.createdAt!, target.firstResponseMinutes + paused, calendar).getTime(),
      );
      expect(at(r.resolutionDueAt)).toBe(
        addBusinessMinutes(r.createdAt!, target.resolutionMinutes + paused, calendar).getTime(),
      );
    }
  });

  it("have clocks, breaches and replies consistent with their status", () => {
    for (const { request: r, breaches, messages } of cases) {
      const created = at(r.createdAt);
      expect(created).toBeLessThanOrEqual(now.getTime());
      expect(created).toBeGreaterThan(now.getTime() - 560 * DAY);
      const open = !["resolved", "closed"].includes(r.status!);
      expect(r.resolvedAt === null).toBe(open);
      expect(r.closedAt !== null).toBe(r.status === "closed");
      if (r.status === "resolved") expect(at(r.resolvedAt)).toBeGreaterThan(now.getTime() - 14 * DAY);
      if (r.status === "new") expect(r.firstRespondedAt).toBeNull();
      if (r.status === "waiting-on-company" || !open) expect(r.slaPausedAt).not.toBeNull();
      if (r.status === "in-progress" || r.status === "new" || r.status === "triaged")
        expect(r.slaPausedAt).toBeNull();
      // Order of events.
      const responded = at(r.firstRespondedAt);
      if (r.firstRespondedAt) {
        expect(responded).toBeGreaterThanOrEqual(created);
        expect(responded).toBeLessThanOrEqual(at(r.resolvedAt ?? r.slaPausedAt ?? now));
        expect(r.firstResponseMinutes).toBe(
          Math.round(businessMinutesBetween(r.createdAt!, r.firstRespondedAt, calendar)),
        );
        expect(messages[0]).toMatchObject({
          side: "office",
          visibility: "public",
          createdAt: r.firstRespondedAt,
        });
      } else expect(messages).toEqual([]);
      if (r.closedAt) expect(at(r.closedAt)).toBeGreaterThanOrEqual(at(r.resolvedAt));
      // A first-response breach exactly when the reply came (or has not come by now) after the target.
      const firstDue = addBusinessMinutes(
        r.createdAt!,
        office.slaTargets[r.priority!].firstResponseMinutes,
        calendar,
      ).getTime();
      expect(r.firstResponseBreachedAt !== null).toBe(
        (r.firstRespondedAt ? responded : now.getTime()) > firstDue,
      );
      const stop = at(r.resolvedAt ?? r.slaPausedAt ?? now);
      expect(r.resolutionBreachedAt !== null).toBe(stop > at(r.resolutionDueAt));
      expect(breaches.map((b) => b.metric)).toEqual([
        ...(r.firstResponseBreachedAt ? ["first-response"] : []),
        ...(r.resolutionBreachedAt ? ["resolution"] : []),
      ]);
      // Assigned to staff who handle the service (every service has someone here).
      if (r.assigneeId) {
        const member = staff.find((s) => s.userId === r.assigneeId)!;
        expect(member.services as readonly string[]).toContain(r.service);
      } else expect(r.status).toBe("new");
      expect(at(r.lastActivityAt)).toBeGreaterThanOrEqual(created);
      expect(at(r.lastActivityAt)).toBeLessThanOrEqual(now.getTime());
    }
    // Most clocks stop in time; some do not, in both metrics.
    const stopped = requests.filter((r) => r.resolvedAt);
    const late = stopped.filter((r) => r.resolutionBreachedAt).length / stopped.length;
    expect(late).toBeGreaterThan(0.05);
    expect(late).toBeLessThan(0.3);
    expect(requests.some((r) => r.firstResponseBreachedAt && r.status !== "new")).toBe(true);
  });
});

describe("demo service: synthetic support requests", () => {
  let database: TestDatabase;
  let services: Services;
  beforeAll(async () => {
    database = await createTestDatabase();
    services = createServices({ db: database.db });
    await services.demo.loadIfEmpty();
    await services.demo.addSyntheticCompanies(40);
  });

  it("fills the LA desk's queue, with staff made for it, and replaces them when run again", async () => {
    const first = await services.demo.addSyntheticSupportRequests(300);
    expect(first).toMatchObject({ requests: 300, staff: 6, staffCreated: true });
    const office = await services.offices.forExternalId(laDesk.externalId);
    expect(office?.id).toBe(first.officeId);
    const count = async (table: typeof supportRequests | typeof supportMessages | typeof slaBreaches) =>
      (await database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]?.n;
    expect(await count(supportRequests)).toBe(300);
    expect(await count(supportMessages)).toBe(first.messages);
    expect(await count(slaBreaches)).toBe(first.breaches);
    const staff = await services.offices.staff(first.officeId);
    expect(staff.map((s) => s.openCount).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    // The requests come from the synthetic companies.
    const askers = await database.db.execute<{ external_id: string }>(
      sql`select distinct o.external_id from support_requests r join organizations o on o.id = r.company_id`,
    );
    expect(askers.rows.every((row) => /^synthetic-\d{6}$/.test(row.external_id))).toBe(true);

    const again = await services.demo.addSyntheticSupportRequests(200);
    expect(again).toMatchObject({ requests: 200, staff: 6, staffCreated: false });
    expect(await count(supportRequests)).toBe(200);
    const [last] = await database.db
      .select({ id: supportRequests.id })
      .from(supportRequests)
      .where(eq(supportRequests.id, syntheticSupportId(200)));
    expect(last).toBeDefined();
  });
});
