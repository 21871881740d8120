import { appContext } from "#app-context";
import { type Locale, pickText } from "../../../contracts/common/locale-text.ts";
import type { OfficeView } from "../../../contracts/offices/office.ts";
import { supportPriorities } from "../../../contracts/support-requests/vocabulary.ts";
import type { OfficeSchedule } from "../../../server/modules/offices/offices.service.ts";
import { href, localeFromPath } from "../../i18n/locale.ts";
import { translate } from "../../i18n/messages.ts";
import { pageUrl } from "../../page-url.ts";
import { asRoute } from "../../route-errors.server.ts";
import type { LoaderArgs } from "../organizations/args.ts";
import { countryName } from "../organizations/labels.server.ts";
import { clip } from "../organizations/seo.ts";
import { dayKey, durationText, type HoursLine, mondayFirst, rangeText, weekdayKey } from "./format.ts";

/*
 * Texts are written here, on the server, so the hydrated page shows exactly the server's text; only the
 * reader's own time is converted in the browser (it depends on the browser's time zone).
 */

const dateFormats = {
  ko: new Intl.DateTimeFormat("ko-KR", { dateStyle: "full", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeZone: "UTC" }),
};

/** "2026-07-03" → "2026년 7월 3일 금요일" / "Friday 3 July 2026". */
function dateText(iso: string, locale: Locale): string {
  return dateFormats[locale].format(new Date(`${iso}T12:00:00Z`));
}

/** Consecutive weekdays (Monday first) with the same hours in one line: "월–금 09:00–18:00". */
export function weeklyLines(office: Pick<OfficeView, "hours">, locale: Locale): HoursLine[] {
  const lines: HoursLine[] = [];
  let run: { first: number; last: number; hours: string } | undefined;
  const flush = () => {
    if (!run) return;
    const days =
      run.first === run.last
        ? translate(locale, dayKey(run.first))
        : `${translate(locale, dayKey(run.first))}–${translate(locale, dayKey(run.last))}`;
    lines.push({ days, hours: run.hours });
    run = undefined;
  };
  for (const weekday of mondayFirst) {
    const day = office.hours[weekday];
    const hours = day ? rangeText(day.start, day.end) : null;
    if (hours && run && run.hours === hours) run.last = weekday;
    else {
      flush();
      if (hours) run = { first: weekday, last: weekday, hours };
    }
  }
  flush();
  return lines;
}

/** The opening a reader converts to their own time: the one going on now, else the next. */
function nextOpening(schedule: OfficeSchedule, now: Date) {
  const next = schedule.openings.find((opening) => Date.parse(opening.closesAt) > now.getTime());
  return next ? { opensAt: next.opensAt, closesAt: next.closesAt } : null;
}

function cardOf(office: OfficeView, schedule: OfficeSchedule, locale: Locale, now: Date) {
  return {
    id: office.id,
    name: office.name,
    countries: office.countries.map((code) => ({ code, name: countryName(code, locale) })),
    services: office.services,
    timeZone: office.timeZone,
    localTime: schedule.localTime,
    openNow: schedule.openNow,
    weekly: weeklyLines(office, locale),
    next: nextOpening(schedule, now),
  };
}
export type OfficeCardData = ReturnType<typeof cardOf>;

/** `/offices`: every desk with its countries, services, hours and whether it is open now. */
export async function loadOffices({ context, request }: Pick<LoaderArgs, "context" | "request">) {
  const { services } = context.get(appContext);
  const locale = localeFromPath(pageUrl(request).pathname);
  const now = new Date();
  const { items } = await services.offices.list();
  return {
    offices: items.map((office) => cardOf(office, services.offices.schedule(office, now, 0), locale, now)),
    seo: {
      title: `${translate(locale, "offices.title")} — ${translate(locale, "site.name")}`,
      description: translate(locale, "offices.metaDescription"),
    },
  };
}
export type OfficesData = Awaited<ReturnType<typeof loadOffices>>;

const notices = { saved: "offices.notice.saved" } as const;

/**
 * `/offices/:id`: hours per weekday (with each reader's own time), the closed days of the next 60 days,
 * services and targets; the staff and the office's work pages for its people and the city.
 */
export async function loadOffice({ context, request, params }: LoaderArgs) {
  const { services, actor } = context.get(appContext);
  const url = pageUrl(request);
  const locale = localeFromPath(url.pathname);
  const now = new Date();
  const office = await asRoute(services.offices.get(params.id ?? "", actor));
  const schedule = services.offices.schedule(office, now, 60);
  const abilities = services.offices.abilities(actor, office);
  const path = href(`/offices/${office.id}`, locale);
  const name = pickText(office.name, locale);
  const countries = office.countries.map((code) => ({ code, name: countryName(code, locale) }));
  const notice = url.searchParams.get("notice");
  return {
    ...cardOf(office, schedule, locale, now),
    organizationId: office.organizationId,
    countries,
    reopenDays: office.reopenDays,
    hours: mondayFirst.map((weekday) => {
      const day = office.hours[weekday];
      const opening = schedule.week[weekday];
      return {
        weekday,
        label: translate(locale, weekdayKey(weekday)),
        office: day ? rangeText(day.start, day.end) : null,
        opensAt: opening?.opensAt ?? null,
        closesAt: opening?.closesAt ?? null,
      };
    }),
    holidays: schedule.holidays.map((holiday) => ({
      date: holiday.date,
      text: dateText(holiday.date, locale),
      name: holiday.name[locale],
      source: holiday.source,
    })),
    sla: [...supportPriorities].reverse().map((priority) => ({
      priority,
      firstResponse: durationText(office.slaTargets[priority].firstResponseMinutes, locale),
      resolution: durationText(office.slaTargets[priority].resolutionMinutes, locale),
    })),
    abilities,
    signedIn: actor !== undefined,
    signInHref: `${href("/sign-in", locale)}?next=${encodeURIComponent(path)}`,
    requestHref: `${href("/support/new", locale)}?market=${encodeURIComponent(office.countries[0] ?? "")}`,
    staff: office.staff ?? null,
    notice: notice && notice in notices ? notices[notice as keyof typeof notices] : null,
    seo: {
      title: `${name} — ${translate(locale, "offices.title")} — ${translate(locale, "site.name")}`,
      description: clip(
        `${name}: ${countries.map((c) => c.name).join(", ")} · ${weeklyLines(office, locale)
          .map((line) => `${line.days} ${line.hours}`)
          .join(", ")} (${office.timeZone})`,
      ),
    },
  };
}
export type OfficeData = Awaited<ReturnType<typeof loadOffice>>;

/** Pages for one reader (staff, links to the office's work) are kept by no shared cache. */
export function officeInit(office: OfficeData): ResponseInit | undefined {
  return office.signedIn ? { headers: { "cache-control": "private, no-store" } } : undefined;
}
