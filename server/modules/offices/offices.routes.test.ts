import { beforeAll, describe, expect, it } from "vitest";
import { bearerFor } from "../../testing/actors.ts";
import { createTestApp } from "../../testing/app.ts";
import { organizationRecord, store, testAdmin } from "../../testing/factories.ts";
import { idOf, members } from "../../testing/members.ts";

const open = { start: "09:00", end: "18:00" };
const body = (organizationId: string) => ({
  organizationId,
  name: { ko: "대구시 LA 사무소", en: "Daegu City LA Office" },
  countries: ["US"],
  timeZone: "America/Los_Angeles",
  hours: [null, open, open, open, open, open, null],
  holidayCalendars: ["us"],
  holidays: [],
  services: ["market-research"],
  reopenDays: 14,
  slaTargets: {
    urgent: { firstResponseMinutes: 60, resolutionMinutes: 960 },
    high: { firstResponseMinutes: 240, resolutionMinutes: 1920 },
    normal: { firstResponseMinutes: 480, resolutionMinutes: 4800 },
    low: { firstResponseMinutes: 960, resolutionMinutes: 9600 },
  },
  warnBeforeMinutes: 120,
});

describe("offices API", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  let manager: { authorization: string };
  let officeStaff: { authorization: string };
  let laOrg: string;
  let company: string;
  let memberId: string;

  const call = (method: "GET" | "POST" | "PATCH" | "PUT", url: string, headers = {}, payload?: object) =>
    setup.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    setup = await createTestApp();
    await store(setup.services, [
      organizationRecord({ externalId: "la", kind: "overseas-office", scope: "global", country: "US" }),
      organizationRecord({ externalId: "foods", kind: "sme", country: "KR" }),
    ]);
    laOrg = await idOf(setup, "la");
    company = await idOf(setup, "foods");
    admin = await bearerFor(setup.app, "admin");
    manager = await bearerFor(setup.app, "program-manager");
    officeStaff = await bearerFor(setup.app, "office-staff");
    memberId = (await members(setup).memberOf("lee@la.example", laOrg)).actor.id;
  });

  it("creates a desk for the city admin only, naming the field of each refusal", async () => {
    expect((await call("POST", "/api/v1/offices", {}, body(laOrg))).statusCode).toBe(401);
    expect((await call("POST", "/api/v1/offices", manager, body(laOrg))).statusCode).toBe(403);

    const notOffice = await call(
      "POST",
      "/api/v1/offices",
      { ...admin, "accept-language": "ko" },
      body(company),
    );
    expect(notOffice.statusCode).toBe(400);
    expect(notOffice.json().error.fields).toEqual([
      { field: "organizationId", message: "해외사무소 기관이어야 합니다" },
    ]);

    const missing = await call(
      "POST",
      "/api/v1/offices",
      { ...admin, "accept-language": "en" },
      {
        ...body(laOrg),
        timeZone: "Seoul",
        countries: [],
        services: undefined,
      },
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toEqual(
      expect.arrayContaining([
        { field: "timeZone", message: "must be an IANA time zone such as America/Los_Angeles" },
        { field: "countries", message: "must name at least one country" },
        { field: "services", message: "is required" },
      ]),
    );

    const created = await call("POST", "/api/v1/offices", admin, body(laOrg));
    expect(created.statusCode).toBe(201);
    // The city sees the staff: the organization's members, no skills recorded yet.
    expect(created.json()).toMatchObject({
      organizationId: laOrg,
      countries: ["US"],
      staff: [{ userId: memberId, services: [], available: true, openCount: 0 }],
    });

    const again = await call("POST", "/api/v1/offices", { ...admin, "accept-language": "ko" }, body(laOrg));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields).toEqual([
      { field: "organizationId", message: "이미 지원 창구가 있습니다" },
    ]);
  });

  it("reads publicly, with staff for the city only among tokens", async () => {
    const list = await call("GET", "/api/v1/offices");
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({
      total: 1,
      items: [{ organizationId: laOrg, timeZone: "America/Los_Angeles" }],
    });
    expect(list.json().items[0]).not.toHaveProperty("staff");
    const id = list.json().items[0].id;

    expect((await call("GET", "/api/v1/offices?country=JP")).json()).toEqual({ items: [], total: 0 });
    expect((await call("GET", "/api/v1/offices?country=US")).json().total).toBe(1);

    const publicOne = await call("GET", `/api/v1/offices/${id}`);
    expect(publicOne.statusCode).toBe(200);
    expect(publicOne.json()).not.toHaveProperty("staff");
    const cityOne = await call("GET", `/api/v1/offices/${id}`, manager);
    expect(cityOne.json().staff).toEqual([
      { userId: memberId, name: "lee", email: "lee@la.example", services: [], available: true, openCount: 0 },
    ]);
    expect((await call("GET", "/api/v1/offices/not-an-id")).statusCode).toBe(404);
  });

  it("changes hours and targets and staff skills, with field errors in the reader's language", async () => {
    const id = (await call("GET", "/api/v1/offices")).json().items[0].id;
    expect((await call("PATCH", `/api/v1/offices/${id}`, officeStaff, { reopenDays: 3 })).statusCode).toBe(
      403,
    );

    const bad = await call(
      "PATCH",
      `/api/v1/offices/${id}`,
      { ...admin, "accept-language": "ko" },
      {
        hours: [null, { start: "9:00", end: "18:00" }, open, open, open, open, null],
      },
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([
      { field: "hours[1].start", message: "09:00 같은 시각(HH:MM)이어야 합니다" },
    ]);

    const changed = await call("PATCH", `/api/v1/offices/${id}`, admin, {
      hours: [null, { start: "08:00", end: "17:00" }, open, open, open, open, null],
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().hours[1]).toEqual({ start: "08:00", end: "17:00" });

    const stranger = await call(
      "PUT",
      `/api/v1/offices/${id}/staff/nobody`,
      { ...admin, "accept-language": "en" },
      { services: ["market-research"], available: true },
    );
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.fields).toEqual([
      { field: "userId", message: "is not a member of the office's organization" },
    ]);
    const skills = await call("PUT", `/api/v1/offices/${id}/staff/${memberId}`, admin, {
      services: ["market-research", "interpretation"],
      available: false,
    });
    expect(skills.statusCode).toBe(200);
    expect(skills.json()).toMatchObject({
      services: ["market-research", "interpretation"],
      available: false,
    });
    const { rows } = await setup.database.pool.query<{ action: string; actor_label: string }>(
      "select action, actor_label from audit_events where resource_type = 'office' order by id",
    );
    expect(rows.map((row) => row.action)).toEqual(["office.create", "office.update", "office.staff"]);
    // The same service answers the CLI's operator.
    expect((await setup.services.offices.get(id, testAdmin.actor)).staff?.[0]?.available).toBe(false);
  });
});
