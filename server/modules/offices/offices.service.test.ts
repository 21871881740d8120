import { beforeAll, describe, expect, it } from "vitest";
import type { OfficeCreate } from "../../../contracts/offices/office.ts";
import type { Caller } from "../../platform/actor.ts";
import { addBusinessMinutes } from "../../platform/business-hours/business-time.ts";
import { createTestApp } from "../../testing/app.ts";
import { organizationRecord, store, testAdmin } from "../../testing/factories.ts";
import { idOf, members } from "../../testing/members.ts";
import { officeCalendar } from "./offices.service.ts";

const open = { start: "09:00", end: "18:00" };
const targets = {
  urgent: { firstResponseMinutes: 60, resolutionMinutes: 960 },
  high: { firstResponseMinutes: 240, resolutionMinutes: 1920 },
  normal: { firstResponseMinutes: 480, resolutionMinutes: 4800 },
  low: { firstResponseMinutes: 960, resolutionMinutes: 9600 },
};

/** A valid desk; each test states what it changes. */
const desk = (organizationId: string, overrides: Partial<OfficeCreate> = {}): OfficeCreate => ({
  organizationId,
  name: { ko: "대구시 LA 사무소", en: "Daegu City LA Office" },
  countries: ["US"],
  timeZone: "America/Los_Angeles",
  hours: [null, open, open, open, open, open, null],
  holidayCalendars: ["us"],
  holidays: [],
  services: ["market-research", "certification"],
  reopenDays: 14,
  slaTargets: targets,
  warnBeforeMinutes: 120,
  ...overrides,
});

async function refusal(work: Promise<unknown>) {
  try {
    await work;
  } catch (error) {
    const { code, fields } = error as { code: string; fields?: { field: string; message: string }[] };
    return { code, fields };
  }
  throw new Error("expected a refusal");
}

describe("offices", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  let laOrg: string;
  let tokyoOrg: string;
  let company: string;
  let owner: Caller; // the first member of the LA office organization
  let staff: Caller; // a second member
  let kim: Caller; // a member of a local company
  let outsider: Caller; // a member of the Tokyo office
  let manager: Caller; // the city's program manager
  let officeId: string;

  const service = () => setup.services.offices;
  const auditOf = async (id: string) =>
    (
      await setup.database.pool.query<{ action: string; before: unknown; after: unknown }>(
        "select action, before, after from audit_events where resource_type = 'office' and resource_id = $1 order by id",
        [id],
      )
    ).rows;

  beforeAll(async () => {
    setup = await createTestApp();
    await store(setup.services, [
      organizationRecord({ externalId: "la", kind: "overseas-office", scope: "global", country: "US" }),
      organizationRecord({ externalId: "tokyo", kind: "overseas-office", scope: "global", country: "JP" }),
      organizationRecord({ externalId: "foods", kind: "sme", country: "KR" }),
    ]);
    laOrg = await idOf(setup, "la");
    tokyoOrg = await idOf(setup, "tokyo");
    company = await idOf(setup, "foods");
    const people = members(setup);
    owner = await people.memberOf("owner@la.example", laOrg);
    staff = await people.memberOf("staff@la.example", laOrg);
    kim = await people.memberOf("kim@foods.example", company);
    outsider = await people.memberOf("sato@tokyo.example", tokyoOrg);
    const jung = await people.signUp("jung@daegu.example");
    await setup.services.accounts.setRole(testAdmin, "jung@daegu.example", "program-manager");
    manager = { actor: { ...jung.actor, role: "program-manager" } };
  });

  it("lets only the city admin make an overseas-office organization a desk, once", async () => {
    expect(owner.actor.memberships).toEqual([
      expect.objectContaining({ organizationId: laOrg, role: "owner" }),
    ]);
    expect(staff.actor.memberships).toEqual([
      expect.objectContaining({ organizationId: laOrg, role: "member" }),
    ]);
    expect(await refusal(service().create(undefined, desk(laOrg)))).toMatchObject({
      code: "UNAUTHENTICATED",
    });
    expect(await refusal(service().create(owner, desk(laOrg)))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(service().create(manager, desk(laOrg)))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(service().create(testAdmin, desk(company)))).toEqual({
      code: "VALIDATION_FAILED",
      fields: [{ field: "organizationId", message: "must be an overseas-office organization" }],
    });
    expect(
      await refusal(service().create(testAdmin, desk("00000000-0000-7000-8000-000000000000"))),
    ).toMatchObject({ code: "NOT_FOUND", fields: [{ field: "organizationId" }] });

    const created = await service().create(testAdmin, desk(laOrg, { countries: ["US", "US"] }));
    officeId = created.id;
    expect(created).toMatchObject({
      organizationId: laOrg,
      countries: ["US"],
      timeZone: "America/Los_Angeles",
      services: ["market-research", "certification"],
      slaTargets: targets,
    });
    expect((await auditOf(created.id)).map((event) => event.action)).toEqual(["office.create"]);

    expect(await refusal(service().create(testAdmin, desk(laOrg)))).toEqual({
      code: "CONFLICT",
      fields: [{ field: "organizationId", message: "already has a support desk" }],
    });
    // A market is served by one desk only: routing never has to guess.
    expect(await refusal(service().create(testAdmin, desk(tokyoOrg, { countries: ["JP", "US"] })))).toEqual({
      code: "CONFLICT",
      fields: [{ field: "countries", message: "is already served by another office" }],
    });
    expect((await service().forMarket("us"))?.id).toBe(created.id);
    expect((await service().forOrganization(laOrg))?.id).toBe(created.id);
  });

  it("names the field of bad input", async () => {
    const bad = await refusal(
      service().create(
        testAdmin,
        desk(tokyoOrg, {
          countries: ["JP"],
          timeZone: "Mars/Olympus",
          hours: [null, null, null, null, null, null, null],
          slaTargets: { ...targets, high: { firstResponseMinutes: 3000, resolutionMinutes: 1920 } },
        }),
      ),
    );
    expect(bad.code).toBe("VALIDATION_FAILED");
    expect(bad.fields).toEqual(
      expect.arrayContaining([
        { field: "timeZone", message: "must be an IANA time zone such as America/Los_Angeles" },
        { field: "hours", message: "must open on at least one weekday" },
        {
          field: "slaTargets.high.firstResponseMinutes",
          message: "must not be longer than the resolution target",
        },
      ]),
    );
    const hours = await refusal(
      service().update(testAdmin, officeId, {
        hours: [null, { start: "18:00", end: "09:00" }, open, open, open, open, null],
      }),
    );
    expect(hours).toEqual({
      code: "VALIDATION_FAILED",
      fields: [{ field: "hours[1].end", message: "must start before it ends" }],
    });
  });

  it("shows staff with skills and load only to the city and the office's people", async () => {
    await setup.database.pool.query(
      `insert into support_requests (company_id, office_id, assignee_id, service, target_market, subject, description, preferred_language, status)
       values ($1, $2, $3, 'certification', 'US', 'FDA', 'x', 'ko', 'new'),
              ($1, $2, $3, 'certification', 'US', 'FDA 2', 'x', 'ko', 'waiting-on-company'),
              ($1, $2, $3, 'certification', 'US', 'FDA 3', 'x', 'ko', 'closed')`,
      [company, officeId, staff.actor.id],
    );
    for (const reader of [undefined, kim.actor, outsider.actor]) {
      const view = await service().get(officeId, reader);
      expect(view.staff, reader?.id ?? "visitor").toBeUndefined();
      expect((await service().list(reader)).items[0]!.staff).toBeUndefined();
    }
    for (const reader of [manager.actor, staff.actor, owner.actor]) {
      const view = await service().get(officeId, reader);
      expect(
        view.staff?.map((member) => [member.email, member.services, member.available, member.openCount]),
      ).toEqual([
        ["owner@la.example", [], true, 0],
        ["staff@la.example", [], true, 2],
      ]);
    }
    expect(await refusal(service().get("nope"))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(service().get("00000000-0000-7000-8000-000000000000"))).toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("lets the city admin and the office's owners change it, audited, with a new calendar version", async () => {
    const before = await service().get(officeId);
    expect(await refusal(service().update(staff, officeId, { reopenDays: 7 }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await refusal(service().update(outsider, officeId, { reopenDays: 7 }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await refusal(service().update(manager, officeId, { reopenDays: 7 }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(
      await refusal(service().update(owner, "00000000-0000-7000-8000-000000000000", { reopenDays: 7 })),
    ).toMatchObject({ code: "NOT_FOUND" });

    // Monday is short now; a normal request made Monday 09:00 answers by … 4 business hours later.
    const monday = { start: "09:00", end: "12:00" };
    const changed = await service().update(owner, officeId, {
      hours: [null, monday, open, open, open, open, null],
      slaTargets: { ...targets, normal: { firstResponseMinutes: 240, resolutionMinutes: 4800 } },
      holidays: ["2026-12-24", "2026-12-24"],
    });
    expect(changed.slaTargets.normal.firstResponseMinutes).toBe(240);
    expect(changed.holidays).toEqual(["2026-12-24"]);
    expect(Date.parse(changed.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
    const events = await auditOf(officeId);
    expect(events.at(-1)).toMatchObject({
      action: "office.update",
      before: expect.objectContaining({ reopenDays: 14 }),
      after: expect.objectContaining({ hours: [null, monday, open, open, open, open, null] }),
    });

    // The calendar follows the new version (cached per updatedAt): Monday 2026-03-02 09:00 PST + 240 min.
    const start = new Date("2026-03-02T17:00:00Z");
    expect(addBusinessMinutes(start, 240, officeCalendar(before)).toISOString()).toBe(
      "2026-03-02T21:00:00.000Z",
    );
    expect(addBusinessMinutes(start, 240, officeCalendar(changed)).toISOString()).toBe(
      "2026-03-03T18:00:00.000Z",
    );
  });

  it("records staff skills for members of the office's organization only", async () => {
    expect(
      await refusal(service().setStaff(staff, officeId, staff.actor.id, { services: [], available: false })),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(
      await refusal(
        service().setStaff(owner, officeId, kim.actor.id, { services: ["legal-tax"], available: true }),
      ),
    ).toEqual({
      code: "VALIDATION_FAILED",
      fields: [{ field: "userId", message: "is not a member of the office's organization" }],
    });
    const set = await service().setStaff(owner, officeId, staff.actor.id, {
      services: ["certification", "legal-tax", "certification"],
      available: false,
    });
    expect(set).toMatchObject({
      userId: staff.actor.id,
      services: ["certification", "legal-tax"],
      available: false,
      openCount: 2,
    });
    await service().setStaff(testAdmin, officeId, staff.actor.id, {
      services: ["certification"],
      available: true,
    });
    expect((await service().staff(officeId)).find((m) => m.userId === staff.actor.id)).toMatchObject({
      services: ["certification"],
      available: true,
    });
    expect((await auditOf(officeId)).filter((event) => event.action === "office.staff")).toEqual([
      {
        action: "office.staff",
        before: null,
        after: { userId: staff.actor.id, services: ["certification", "legal-tax"], available: false },
      },
      {
        action: "office.staff",
        before: { userId: staff.actor.id, services: ["certification", "legal-tax"], available: false },
        after: { userId: staff.actor.id, services: ["certification"], available: true },
      },
    ]);
  });

  it("says whether the office is open, its coming openings and named holidays", async () => {
    const office = await service().get(officeId);
    // Wednesday 1 July 2026, 10:00 in Los Angeles.
    const morning = service().schedule(office, new Date("2026-07-01T17:00:00Z"));
    expect(morning).toMatchObject({ today: "2026-07-01", localTime: "10:00", openNow: true });
    expect(morning.openings[0]).toEqual({
      date: "2026-07-01",
      weekday: 3,
      opensAt: "2026-07-01T16:00:00.000Z",
      closesAt: "2026-07-02T01:00:00.000Z",
    });
    // Independence Day falls on a Saturday in 2026: observed Friday 3 July, so no opening that day.
    expect(morning.openings.map((o) => o.date)).toEqual([
      "2026-07-01",
      "2026-07-02",
      "2026-07-06",
      "2026-07-07",
    ]);
    // The weekly table still shows Friday's hours, on its next date.
    expect(morning.week[5]).toMatchObject({ date: "2026-07-03", opensAt: "2026-07-03T16:00:00.000Z" });
    expect(morning.week[0]).toBeNull();
    expect(morning.holidays[0]).toEqual({
      date: "2026-07-03",
      name: { ko: "독립기념일 (대체)", en: "Independence Day (observed)" },
      source: "us",
    });
    const evening = service().schedule(office, new Date("2026-12-02T03:00:00Z"));
    expect(evening).toMatchObject({ today: "2026-12-01", localTime: "19:00", openNow: false });
    expect(evening.holidays).toContainEqual({
      date: "2026-12-24",
      name: { ko: "사무소 휴무일", en: "Office closed" },
      source: "office",
    });
    expect(service().abilities(owner.actor, office)).toEqual({
      manage: true,
      seeStaff: true,
      requestSupport: false,
    });
    expect(service().abilities(kim.actor, office)).toEqual({
      manage: false,
      seeStaff: false,
      requestSupport: true,
    });
    expect(service().abilities(undefined, office)).toEqual({
      manage: false,
      seeStaff: false,
      requestSupport: false,
    });
  });
});
