import type { SlaTarget, WeekHours } from "../../contracts/offices/office.ts";
import type { Db } from "../db/client.ts";
import { offices } from "../modules/offices/offices.table.ts";
import { supportRequests } from "../modules/support-requests/support-requests.table.ts";
import type { Services } from "../services.ts";
import { organizationRecord, store } from "./factories.ts";
import { members } from "./members.ts";

type Setup = { services: Services; database: { db: Db } };

const nineToSix = { start: "09:00", end: "18:00" };
/** Monday to Friday, 09:00–18:00. */
export const weekdayHours: WeekHours = [null, nineToSix, nineToSix, nineToSix, nineToSix, nineToSix, null];
const allDay = { start: "00:00", end: "24:00" };
/** Open around the clock, every day: business minutes are real minutes. */
export const alwaysOpen: WeekHours = [allDay, allDay, allDay, allDay, allDay, allDay, allDay];

let sequence = 0;

/**
 * A support desk written through the tables: an overseas-office organization with its office row, two staff
 * members (signed-up people), a requesting company with one member, and a company with another member.
 */
export async function supportDesk(
  setup: Setup,
  options: {
    timeZone?: string;
    hours?: WeekHours;
    holidayCalendars?: ("kr" | "us")[];
    target?: SlaTarget;
    warnBeforeMinutes?: number;
    reopenDays?: number;
  } = {},
) {
  const n = ++sequence;
  const [officeOrg, company, other] = [`office-${n}`, `company-${n}`, `other-${n}`];
  await store(setup.services, [
    organizationRecord({
      externalId: officeOrg,
      kind: "overseas-office",
      scope: "global",
      country: "US",
      name: { ko: `대구시 사무소 ${n}`, en: `Daegu City Office ${n}` },
    }),
    organizationRecord({
      externalId: company,
      kind: "sme",
      country: "KR",
      name: { ko: `대구식품 ${n}`, en: `Daegu Foods ${n}` },
    }),
    organizationRecord({ externalId: other, kind: "startup", country: "KR" }),
  ]);
  const idOf = async (externalId: string) =>
    (await setup.services.organizations.list({ externalId }, { limit: 1, offset: 0 })).items[0]!.id;
  const organizationId = await idOf(officeOrg);
  const companyId = await idOf(company);
  const target = options.target ?? { firstResponseMinutes: 120, resolutionMinutes: 600 };
  const [office] = await setup.database.db
    .insert(offices)
    .values({
      organizationId,
      name: { ko: `대구시 사무소 ${n}`, en: `Daegu City Office ${n}` },
      countries: ["US"],
      timeZone: options.timeZone ?? "America/Los_Angeles",
      hours: options.hours ?? weekdayHours,
      holidayCalendars: options.holidayCalendars ?? ["us"],
      services: ["buyer-matching", "certification"],
      slaTargets: { low: target, normal: target, high: target, urgent: target },
      warnBeforeMinutes: options.warnBeforeMinutes ?? 60,
      reopenDays: options.reopenDays ?? 14,
    })
    .returning();
  const people = members(setup as Parameters<typeof members>[0]);
  const lee = await people.memberOf(`lee${n}@office.example`, organizationId);
  const park = await people.memberOf(`park${n}@office.example`, organizationId);
  const kim = await people.memberOf(`kim${n}@foods.example`, companyId);
  const choi = await people.memberOf(`choi${n}@other.example`, await idOf(other));
  return { office: office!, organizationId, companyId, lee, park, kim, choi };
}
export type SupportDesk = Awaited<ReturnType<typeof supportDesk>>;

/** A request of the desk's company, written through the table (the intake's rules are not under test). */
export async function insertRequest(
  db: Db,
  desk: SupportDesk,
  values: Partial<typeof supportRequests.$inferInsert> = {},
) {
  const [row] = await db
    .insert(supportRequests)
    .values({
      companyId: desk.companyId,
      officeId: desk.office.id,
      requestedBy: desk.kim.actor.id,
      service: "certification",
      targetMarket: "US",
      subject: "FDA 식품시설 등록",
      description: "FDA 식품시설 등록 절차를 알고 싶습니다.",
      preferredLanguage: "ko",
      ...values,
    })
    .returning();
  return row!;
}
