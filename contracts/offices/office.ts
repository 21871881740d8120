import { z } from "zod";
import { countryCode, isoDate } from "../common/codes.ts";
import { localizedText } from "../common/localized.ts";
import { holidayCalendars, type SupportPriority, supportServices } from "../support-requests/vocabulary.ts";

export {
  type HolidayCalendar,
  holidayCalendars,
  type SupportService,
  supportServiceNames,
  supportServices,
} from "../support-requests/vocabulary.ts";

const WALL_TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const wallTime = z.string().regex(WALL_TIME, "must be a time HH:MM such as 09:00");

/** Opening hours of one weekday, or null when the office is closed that day. */
export const openHours = z
  .object({ start: wallTime, end: wallTime })
  .strict()
  // Compared only when both are well-formed times: a malformed one has its own message.
  .refine((hours) => !WALL_TIME.test(hours.start) || !WALL_TIME.test(hours.end) || hours.start < hours.end, {
    message: "must start before it ends",
    path: ["end"],
  })
  .nullable();

/** Seven entries, Sunday first (as `Date#getDay`). */
export const weekHours = z
  .array(openHours)
  .length(7, "must list the seven weekdays, Sunday first")
  // A desk that never opens would stop every SLA clock for good (business-time refuses such a calendar).
  .refine((days) => days.some((day) => day !== null), { message: "must open on at least one weekday" });
export type WeekHours = z.infer<typeof weekHours>;

const minutes = z.number().int().min(1).max(525_600);

/** Targets in business minutes of the office: first public reply, and resolution. */
export const slaTarget = z
  .object({ firstResponseMinutes: minutes, resolutionMinutes: minutes })
  .strict()
  .refine((target) => target.firstResponseMinutes <= target.resolutionMinutes, {
    message: "must not be longer than the resolution target",
    path: ["firstResponseMinutes"],
  });
export type SlaTarget = z.infer<typeof slaTarget>;

export const slaTargets = z.object({
  low: slaTarget,
  normal: slaTarget,
  high: slaTarget,
  urgent: slaTarget,
} satisfies Record<SupportPriority, typeof slaTarget>);
export type SlaTargets = z.infer<typeof slaTargets>;

/** An IANA time zone that this runtime knows ("America/Los_Angeles"). */
export const timeZone = z
  .string()
  .min(1)
  .max(64)
  .refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat("en-US", { timeZone: zone });
        return zone.includes("/") || zone === "UTC";
      } catch {
        return false;
      }
    },
    { message: "must be an IANA time zone such as America/Los_Angeles" },
  );

const officeFields = {
  name: localizedText,
  countries: z.array(countryCode).min(1, "must name at least one country").max(50),
  timeZone,
  hours: weekHours,
  holidayCalendars: z.array(z.enum(holidayCalendars)).max(holidayCalendars.length),
  /** The office's own closure days besides the public holidays ("YYYY-MM-DD" in its zone). */
  holidays: z.array(isoDate).max(366),
  services: z.array(z.enum(supportServices)).min(1, "must offer at least one service"),
  /** A resolved request can be reopened by the company for this many days, then it closes. */
  reopenDays: z.number().int().min(0).max(365),
  slaTargets,
  /** Warn the assignee (and the office) this many business minutes before a target is breached. */
  warnBeforeMinutes: z.number().int().min(0).max(10_080),
};

/** Makes an existing overseas-office organization a support desk (its members are the office's staff). */
export const officeCreate = z.object({ organizationId: z.string().uuid(), ...officeFields }).strict();
export type OfficeCreate = z.infer<typeof officeCreate>;

export const officePatch = z.object(officeFields).partial().strict();
export type OfficePatch = z.infer<typeof officePatch>;

/** A staff member's skills (services they handle) and whether routing may assign them new requests. */
export const staffSkills = z
  .object({ services: z.array(z.enum(supportServices)), available: z.boolean() })
  .strict();
export type StaffSkills = z.infer<typeof staffSkills>;

export const officeStaffView = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  services: z.array(z.enum(supportServices)),
  available: z.boolean(),
  /** Open requests assigned to them now: routing's load. */
  openCount: z.number().int(),
});
export type OfficeStaffView = z.infer<typeof officeStaffView>;

/** Public: what an office is, where, when it is open and what it offers. Staff only for the office and the city. */
export const officeView = z.object({
  id: z.string(),
  organizationId: z.string(),
  name: localizedText,
  countries: z.array(z.string()),
  timeZone: z.string(),
  hours: weekHours,
  holidayCalendars: z.array(z.enum(holidayCalendars)),
  holidays: z.array(z.string()),
  services: z.array(z.enum(supportServices)),
  reopenDays: z.number().int(),
  slaTargets,
  warnBeforeMinutes: z.number().int(),
  staff: z.array(officeStaffView).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OfficeView = z.infer<typeof officeView>;

/** The office dashboard: open requests by status, SLA compliance and median first response. */
export const officeDashboard = z.object({
  officeId: z.string(),
  /** The period the rates cover: requests created from `from` (inclusive) to `to` (exclusive), ISO instants. */
  from: z.string(),
  to: z.string(),
  openByStatus: z.record(z.string(), z.number().int()),
  openByPriority: z.record(z.string(), z.number().int()),
  /** Share of clocks that stopped in time, 0..1, or null without any stopped clock. */
  compliance: z.object({
    firstResponse: z.number().nullable(),
    resolution: z.number().nullable(),
  }),
  /** Median business minutes to the first public reply, or null without replies. */
  medianFirstResponseMinutes: z.number().nullable(),
  breaches: z.object({ firstResponse: z.number().int(), resolution: z.number().int() }),
  /** Now at risk: open requests whose running clock is due within the warning window. */
  atRisk: z.number().int(),
  /** Per week (Monday, ISO date in the office's zone): requests created, resolved, compliance. */
  weeks: z.array(
    z.object({
      week: z.string(),
      created: z.number().int(),
      resolved: z.number().int(),
      firstResponseCompliance: z.number().nullable(),
      resolutionCompliance: z.number().nullable(),
    }),
  ),
  satisfaction: z.object({ average: z.number().nullable(), count: z.number().int() }),
});
export type OfficeDashboard = z.infer<typeof officeDashboard>;
