import { data, redirect } from "react-router";
import type { z } from "zod";
import { appContext } from "#app-context";
import type { Locale } from "../../../contracts/common/locale-text.ts";
import { type OfficePatch, officePatch } from "../../../contracts/offices/office.ts";
import {
  holidayCalendars,
  supportPriorities,
  type supportServices,
} from "../../../contracts/support-requests/vocabulary.ts";
import type { Caller } from "../../../server/platform/actor.ts";
import { issuePath, localizeIssue, localizeMessage } from "../../../server/platform/i18n.ts";
import { href, localeFromPath } from "../../i18n/locale.ts";
import { translate } from "../../i18n/messages.ts";
import { pageUrl } from "../../page-url.ts";
import { asRoute } from "../../route-errors.server.ts";
import { requireUser } from "../accounts/session.server.ts";
import type { LoaderArgs } from "../organizations/args.ts";
import {
  type DayValues,
  type FieldErrors,
  type SettingsAction,
  type SettingsValues,
  valuesOf,
} from "./settings.form.ts";

const WEEK = [0, 1, 2, 3, 4, 5, 6] as const;

/** The office, for those who may change it: the city admin and the owners of its organization (else 403). */
async function managed(args: LoaderArgs, caller: Caller) {
  const { services } = args.context.get(appContext);
  const office = await asRoute(services.offices.get(args.params.id ?? "", caller.actor));
  if (!services.offices.abilities(caller.actor, office).manage) throw data(null, { status: 403 });
  return office;
}

/** `/offices/:id/settings`: the form with the saved values and the staff with their skills. */
export async function loadSettings(args: LoaderArgs) {
  const caller = requireUser(args);
  const url = pageUrl(args.request);
  const office = await managed(args, caller);
  const saved = url.searchParams.get("saved");
  const staff = office.staff ?? [];
  return {
    id: office.id,
    name: office.name,
    values: valuesOf(office),
    staff,
    // The staff row just saved, by name, for the notice.
    savedStaff: saved ? (staff.find((member) => member.userId === saved)?.name ?? null) : null,
  };
}
export type SettingsData = Awaited<ReturnType<typeof loadSettings>>;

/** Saves the office (intent `office`) or one person's skills (intent `staff`). */
export async function settingsAction(args: LoaderArgs) {
  const caller = requireUser(args);
  const { services } = args.context.get(appContext);
  const locale = localeFromPath(pageUrl(args.request).pathname);
  const office = await managed(args, caller);
  const form = await args.request.formData();
  if (form.get("intent") === "staff") {
    const userId = String(form.get("userId") ?? "");
    const skills = {
      services: form.getAll("services").map(String) as (typeof supportServices)[number][],
      available: form.get("available") === "on",
    };
    const saved = await attempt(services.offices.setStaff(caller, office.id, userId, skills), locale);
    if ("errors" in saved) return data<SettingsAction>({ form: "staff", userId, errors: saved.errors }, 400);
    return redirect(
      `${href(`/offices/${office.id}/settings`, locale)}?saved=${encodeURIComponent(userId)}#staff`,
    );
  }
  const values = valuesFromForm(form);
  const parsed = parseSettings(values, locale);
  if (!parsed.body) return data<SettingsAction>({ form: "office", values, errors: parsed.errors }, 400);
  const saved = await attempt(services.offices.update(caller, office.id, parsed.body), locale);
  if ("errors" in saved) return data<SettingsAction>({ form: "office", values, errors: saved.errors }, 400);
  return redirect(`${href(`/offices/${office.id}`, locale)}?notice=saved`);
}

/** A service's field refusals (a country another office serves) for the form; other refusals become statuses. */
async function attempt<T>(work: Promise<T>, locale: Locale): Promise<{ value: T } | { errors: FieldErrors }> {
  try {
    return { value: await asRoute(work) };
  } catch (error) {
    const fields = (error as { fields?: { field: string; message: string }[] }).fields;
    if (!fields?.length) throw error;
    return {
      errors: Object.fromEntries(fields.map((f) => [fieldOf(f.field), localizeMessage(f.message, locale)])),
    };
  }
}

export function valuesFromForm(form: FormData): SettingsValues {
  const text = (name: string) => String(form.get(name) ?? "").trim();
  const day = (weekday: number): DayValues => ({
    closed: form.get(`hours.${weekday}.closed`) === "on",
    start: text(`hours.${weekday}.start`),
    end: text(`hours.${weekday}.end`),
  });
  return {
    nameKo: text("name.ko"),
    nameEn: text("name.en"),
    countries: text("countries"),
    timeZone: text("timeZone"),
    hours: WEEK.map(day),
    holidayCalendars: form.getAll("holidayCalendars").map(String),
    holidays: String(form.get("holidays") ?? ""),
    services: form.getAll("services").map(String),
    reopenDays: text("reopenDays"),
    warnBeforeMinutes: text("warnBeforeMinutes"),
    sla: Object.fromEntries(
      supportPriorities.map((priority) => [
        priority,
        {
          firstResponse: text(`sla.${priority}.firstResponse`),
          resolution: text(`sla.${priority}.resolution`),
        },
      ]),
    ) as SettingsValues["sla"],
  };
}

const list = (value: string) => [
  ...new Set(
    value
      .split(/[,\s]+/)
      .map((item) => item.trim())
      .filter(Boolean),
  ),
];

/**
 * The change the form asks for, checked by the API's own schema (`officePatch`), its problems as messages
 * in the page's language keyed by form field. Hours of the form become business minutes.
 */
export function parseSettings(
  values: SettingsValues,
  locale: Locale,
): { body: OfficePatch; errors?: undefined } | { body?: undefined; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const whole = (field: string, value: string) => {
    if (/^\d+$/.test(value)) return Number(value);
    errors[field] = translate(locale, "offices.settings.wholeNumber");
    return Number.NaN;
  };
  const minutes = (field: string, value: string) => {
    const hours = Number(value);
    if (value !== "" && Number.isFinite(hours) && hours > 0) return Math.round(hours * 60);
    errors[field] = translate(locale, "offices.settings.hoursNumber");
    return Number.NaN;
  };
  const name: Record<string, string> = {};
  if (values.nameKo) name.ko = values.nameKo;
  if (values.nameEn) name.en = values.nameEn;
  const candidate = {
    name,
    countries: list(values.countries).map((code) => code.toUpperCase()),
    timeZone: values.timeZone,
    hours: values.hours.map((day, weekday) => {
      if (day.closed) return null;
      if (!day.start || !day.end) {
        errors[`hours.${weekday}.${day.start ? "end" : "start"}`] = translate(
          locale,
          "offices.settings.missingTime",
        );
      }
      return { start: day.start, end: day.end };
    }),
    holidayCalendars: values.holidayCalendars.filter((set) =>
      (holidayCalendars as readonly string[]).includes(set),
    ),
    holidays: values.holidays
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
    services: values.services,
    reopenDays: whole("reopenDays", values.reopenDays),
    warnBeforeMinutes: whole("warnBeforeMinutes", values.warnBeforeMinutes),
    slaTargets: Object.fromEntries(
      supportPriorities.map((priority) => [
        priority,
        {
          firstResponseMinutes: minutes(`sla.${priority}.firstResponse`, values.sla[priority].firstResponse),
          resolutionMinutes: minutes(`sla.${priority}.resolution`, values.sla[priority].resolution),
        },
      ]),
    ),
  };
  const parsed = officePatch.safeParse(candidate);
  if (!parsed.success)
    for (const [field, message] of Object.entries(issuesOf(parsed.error, locale))) errors[field] ??= message;
  if (Object.keys(errors).length > 0 || !parsed.success) return { errors };
  return { body: parsed.data };
}

function issuesOf(error: z.ZodError, locale: Locale): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) errors[fieldOf(issuePath(issue))] ??= localizeIssue(issue, locale);
  return errors;
}

/** The form field of an API field: "hours[1].end" → "hours.1.end", "slaTargets.high.resolutionMinutes" → "sla.high.resolution". */
export function fieldOf(path: string): string {
  if (path === "name") return "name.ko";
  const hours = /^hours\[(\d)\]\.(start|end)$/.exec(path);
  if (hours) return `hours.${hours[1]}.${hours[2]}`;
  const sla = /^slaTargets\.(\w+)\.(firstResponse|resolution)Minutes$/.exec(path);
  if (sla) return `sla.${sla[1]}.${sla[2]}`;
  return path.replace(/\[\d+\].*$/, "");
}
