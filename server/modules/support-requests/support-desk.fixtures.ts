import type { SlaTargets, WeekHours } from "../../../contracts/offices/office.ts";
import type { SupportService } from "../../../contracts/support-requests/vocabulary.ts";
import type { Caller } from "../../platform/actor.ts";
import type { createTestApp } from "../../testing/app.ts";
import { organizationRecord, store, testAdmin } from "../../testing/factories.ts";
import { idOf, members } from "../../testing/members.ts";
import { officeStaff, offices } from "../offices/offices.table.ts";

type Setup = Awaited<ReturnType<typeof createTestApp>>;

const open = { start: "09:00", end: "18:00" };
export const weekdays: WeekHours = [null, open, open, open, open, open, null];

/** Distinct targets per priority, in the office's business minutes (9 hours a weekday). */
export const slaTargets: SlaTargets = {
  low: { firstResponseMinutes: 480, resolutionMinutes: 4800 },
  normal: { firstResponseMinutes: 240, resolutionMinutes: 2400 },
  high: { firstResponseMinutes: 120, resolutionMinutes: 960 },
  urgent: { firstResponseMinutes: 60, resolutionMinutes: 480 },
};

/** Monday 2 February 2026, 09:00 in Los Angeles (PST, UTC−8): the office has just opened. */
export const monday9 = new Date("2026-02-02T17:00:00Z");

/**
 * A small support desk for intake and queue tests: the LA office (US, CA; every service) with three staff,
 * the Hanoi office (VN; market research only) with one, two local companies with a member each, a partner
 * with a member, and the city's program manager. Offices are written through the table (the offices
 * module's own tests cover its service); people sign up and join as in the browser.
 */
export async function supportDesk(setup: Setup) {
  await store(setup.services, [
    organizationRecord({
      externalId: "la-office",
      kind: "overseas-office",
      scope: "global",
      country: "US",
      name: { ko: "대구시 LA 사무소", en: "Daegu City LA Office" },
    }),
    organizationRecord({
      externalId: "hanoi-office",
      kind: "overseas-office",
      scope: "global",
      country: "VN",
      name: { ko: "대구시 하노이 사무소", en: "Daegu City Hanoi Office" },
    }),
    organizationRecord({
      externalId: "foods",
      kind: "sme",
      country: "KR",
      name: { ko: "대구식품", en: "Daegu Foods" },
    }),
    organizationRecord({
      externalId: "optics",
      kind: "manufacturer",
      country: "KR",
      name: { ko: "한빛옵틱스", en: "Hanbit Optics" },
    }),
    organizationRecord({
      externalId: "meta",
      kind: "big-tech",
      scope: "global",
      country: "US",
      name: { ko: "메타", en: "Meta" },
    }),
  ]);
  const laOrg = await idOf(setup, "la-office");
  const hanoiOrg = await idOf(setup, "hanoi-office");
  const foods = await idOf(setup, "foods");
  const optics = await idOf(setup, "optics");
  const meta = await idOf(setup, "meta");
  const db = setup.database.db;
  const [la] = await db
    .insert(offices)
    .values({
      organizationId: laOrg,
      name: { ko: "대구시 LA 사무소", en: "Daegu City LA Office" },
      countries: ["US", "CA"],
      timeZone: "America/Los_Angeles",
      hours: weekdays,
      services: [
        "market-research",
        "buyer-matching",
        "legal-tax",
        "certification",
        "marketing-events",
        "office-space",
        "interpretation",
      ],
      slaTargets,
    })
    .returning();
  const [hanoi] = await db
    .insert(offices)
    .values({
      organizationId: hanoiOrg,
      name: { ko: "대구시 하노이 사무소", en: "Daegu City Hanoi Office" },
      countries: ["VN"],
      timeZone: "Asia/Ho_Chi_Minh",
      hours: weekdays,
      services: ["market-research"],
      slaTargets,
    })
    .returning();

  const people = members(setup);
  // Joined in this order: the earliest member wins a tie in routing.
  const lee = await people.memberOf("lee@la-office.example", laOrg);
  const park = await people.memberOf("park@la-office.example", laOrg);
  const yoon = await people.memberOf("yoon@la-office.example", laOrg);
  const tran = await people.memberOf("tran@hanoi-office.example", hanoiOrg);
  const kim = await people.memberOf("kim@foods.example", foods);
  const han = await people.memberOf("han@foods.example", foods);
  const choi = await people.memberOf("choi@optics.example", optics);
  const mark = await people.memberOf("mark@meta.example", meta);
  const jung = await people.signUp("jung@daegu.example");
  await setup.services.accounts.setRole(testAdmin, "jung@daegu.example", "program-manager");
  const manager: Caller & { cookie: string } = { ...jung, actor: { ...jung.actor, role: "program-manager" } };

  /** Sets a staff member's skills and availability (routing's facts). */
  async function skills(officeId: string, caller: Caller, services: SupportService[], available = true) {
    await db
      .insert(officeStaff)
      .values({ officeId, userId: caller.actor.id, services, available })
      .onConflictDoUpdate({
        target: [officeStaff.officeId, officeStaff.userId],
        set: { services, available },
      });
  }

  return {
    la: la!,
    hanoi: hanoi!,
    orgs: { laOrg, hanoiOrg, foods, optics, meta },
    people: { lee, park, yoon, tran, kim, han, choi, mark, manager },
    skills,
  };
}

/** The refusal a promise ends in: its code and fields. */
export async function refusal(work: Promise<unknown>) {
  try {
    await work;
  } catch (error) {
    const { code, fields } = error as { code: string; fields?: { field: string; message: string }[] };
    return { code, fields };
  }
  throw new Error("expected a refusal");
}
