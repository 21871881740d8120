import { beforeAll, describe, expect, it } from "vitest";
import { createServices, type Services } from "../../services.ts";
import { createTestDatabase, type TestDatabase } from "../../testing/database.ts";

describe("demo data: the LA office's support desk", () => {
  let database: TestDatabase;
  let services: Services;
  beforeAll(async () => {
    database = await createTestDatabase();
    services = createServices({ db: database.db });
  });

  const desks = async () => (await database.pool.query("select id from offices")).rowCount;

  it("is set up with the demo data, and again on a later start that finds the office without one", async () => {
    expect(await services.demo.loadIfEmpty()).toBeDefined();
    const desk = await services.offices.forExternalId("daegu-la-office");
    expect(desk).toMatchObject({
      name: { ko: "대구시 LA 사무소", en: "Daegu City LA Office" },
      countries: ["US"],
      timeZone: "America/Los_Angeles",
      hours: [
        null,
        { start: "09:00", end: "18:00" },
        { start: "09:00", end: "18:00" },
        { start: "09:00", end: "18:00" },
        { start: "09:00", end: "18:00" },
        { start: "09:00", end: "18:00" },
        null,
      ],
      holidayCalendars: ["us"],
      reopenDays: 14,
      warnBeforeMinutes: 120,
      slaTargets: {
        urgent: { firstResponseMinutes: 60, resolutionMinutes: 960 },
        high: { firstResponseMinutes: 240, resolutionMinutes: 1920 },
        normal: { firstResponseMinutes: 480, resolutionMinutes: 4800 },
        low: { firstResponseMinutes: 960, resolutionMinutes: 9600 },
      },
    });
    expect(desk?.services).toHaveLength(7);

    // A later start leaves it alone.
    expect(await services.demo.loadIfEmpty()).toBeUndefined();
    expect(await desks()).toBe(1);
    expect((await services.offices.forExternalId("daegu-la-office"))?.updatedAt).toBe(desk?.updatedAt);

    // A database loaded before the support desk existed gets it on its next start.
    await database.pool.query("delete from offices");
    expect(await services.demo.loadIfEmpty()).toBeUndefined();
    expect(await desks()).toBe(1);
    expect((await services.offices.forMarket("US"))?.name.en).toBe("Daegu City LA Office");
  });
});
