import type { OfficeCreate } from "../../../contracts/offices/office.ts";
import { supportServices } from "../../../contracts/support-requests/vocabulary.ts";

const open = { start: "09:00", end: "18:00" };

/**
 * The Daegu City LA Office's support desk: US market, Pacific time, Monday to Friday 09:00–18:00, US federal
 * holidays, every service. SLA targets in business minutes (one business day is 540 minutes here).
 */
export const laDesk = {
  externalId: "daegu-la-office",
  desk: {
    name: { ko: "대구시 LA 사무소", en: "Daegu City LA Office" },
    countries: ["US"],
    timeZone: "America/Los_Angeles",
    hours: [null, open, open, open, open, open, null],
    holidayCalendars: ["us"],
    holidays: [],
    services: [...supportServices],
    reopenDays: 14,
    warnBeforeMinutes: 120,
    slaTargets: {
      urgent: { firstResponseMinutes: 60, resolutionMinutes: 960 },
      high: { firstResponseMinutes: 240, resolutionMinutes: 1920 },
      normal: { firstResponseMinutes: 480, resolutionMinutes: 4800 },
      low: { firstResponseMinutes: 960, resolutionMinutes: 9600 },
    },
  } satisfies Omit<OfficeCreate, "organizationId">,
};
