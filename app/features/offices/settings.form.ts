import type { OfficeView } from "../../../contracts/offices/office.ts";
import { type SupportPriority, supportPriorities } from "../../../contracts/support-requests/vocabulary.ts";

/*
 * The shapes the settings form carries between the server and the page. Browser-safe: no Zod here (the
 * strict CSP forbids what Zod probes for); the schemas run in `settings.server.ts`.
 */

export type DayValues = { closed: boolean; start: string; end: string };

/** What the form shows: the saved office, or what was sent when it was refused. Hours are Sunday first. */
export type SettingsValues = {
  nameKo: string;
  nameEn: string;
  countries: string;
  timeZone: string;
  hours: DayValues[];
  holidayCalendars: string[];
  holidays: string;
  services: string[];
  reopenDays: string;
  warnBeforeMinutes: string;
  sla: Record<SupportPriority, { firstResponse: string; resolution: string }>;
};

/**
 * Field errors by form field name, already in the page's language: "name.ko", "countries", "timeZone",
 * "hours" and "hours.1.start", "holidays", "services", "reopenDays", "sla.high.firstResponse" …
 */
export type FieldErrors = Record<string, string>;

/** What the action answers when it refuses (otherwise it redirects). */
export type SettingsAction =
  | { form: "office"; values: SettingsValues; errors: FieldErrors }
  | { form: "staff"; userId: string; errors: FieldErrors };

/** Minutes as hours for the form: 90 → "1.5". */
const hoursOf = (minutes: number) => String(Math.round((minutes / 60) * 100) / 100);

export function valuesOf(office: OfficeView): SettingsValues {
  return {
    nameKo: office.name.ko ?? "",
    nameEn: office.name.en ?? "",
    countries: office.countries.join(", "),
    timeZone: office.timeZone,
    hours: office.hours.map((day) =>
      day ? { closed: false, start: day.start, end: day.end } : { closed: true, start: "", end: "" },
    ),
    holidayCalendars: office.holidayCalendars,
    holidays: office.holidays.join("\n"),
    services: office.services,
    reopenDays: String(office.reopenDays),
    warnBeforeMinutes: String(office.warnBeforeMinutes),
    sla: Object.fromEntries(
      supportPriorities.map((priority) => [
        priority,
        {
          firstResponse: hoursOf(office.slaTargets[priority].firstResponseMinutes),
          resolution: hoursOf(office.slaTargets[priority].resolutionMinutes),
        },
      ]),
    ) as SettingsValues["sla"],
  };
}
