import { type AppContext, appContext } from "#app-context";
import type { LocalizedText } from "../../../contracts/common/locale-text.ts";
import type { OfficeDashboard } from "../../../contracts/offices/office.ts";
import {
  addDays,
  type CivilDate,
  fromZoned,
  isoDate,
  toZoned,
} from "../../../server/platform/business-hours/zoned.ts";
import { localeFromPath } from "../../i18n/locale.ts";
import { type MessageKey, translate } from "../../i18n/messages.ts";
import { pageUrl } from "../../page-url.ts";
import { asRoute } from "../../route-errors.server.ts";
import { requireUser } from "../accounts/session.server.ts";

type Args = {
  context: { get(token: typeof appContext): AppContext };
  request: Request;
  params: { id?: string };
};

export type DashboardData = {
  office: { id: string; name: LocalizedText; timeZone: string; warnBeforeMinutes: number };
  dashboard: OfficeDashboard;
  /** The period shown, as dates in the office's zone (`to` included), for the form. */
  period: { from: string; to: string };
  /** What was wrong with the asked period (the default is shown instead). */
  errors: { from?: string; to?: string };
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_DAYS = 2 * 366;

/** A "YYYY-MM-DD" that is a real date, or undefined. */
function civilDate(value: string): CivilDate | undefined {
  const match = DATE.exec(value);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isoDate(addDays(date, 0)) === value ? date : undefined;
}

const dateIn = (instant: Date, timeZone: string) => {
  const { year, month, day } = toZoned(instant, timeZone);
  return isoDate({ year, month, day });
};

/**
 * `/offices/:id/dashboard?from=&to=`: the office's figures for its staff and the city (others get the
 * 403 page). The dates are the office's (its zone), the end date included; without them the last 12 weeks.
 */
export async function loadDashboard(args: Args): Promise<DashboardData> {
  const caller = requireUser(args);
  const { services } = args.context.get(appContext);
  const url = pageUrl(args.request);
  const locale = localeFromPath(url.pathname);
  const office = await asRoute(services.offices.get(args.params.id ?? "", caller.actor));
  const zone = office.timeZone;
  const errors: DashboardData["errors"] = {};
  const message = (key: MessageKey) => translate(locale, key);

  const asked = (name: "from" | "to") => {
    const value = url.searchParams.get(name)?.trim() ?? "";
    if (value === "") return undefined;
    const date = civilDate(value);
    if (!date) errors[name] = message("dashboard.period.invalid");
    return date;
  };
  const fromDate = asked("from");
  const toDate = asked("to");
  let from = fromDate ? fromZoned({ ...fromDate, hour: 0, minute: 0 }, zone) : undefined;
  // The end date is included: the period ends at the next midnight.
  let to = toDate ? fromZoned({ ...addDays(toDate, 1), hour: 0, minute: 0 }, zone) : undefined;
  if (from && to && from >= to) errors.from = message("dashboard.period.order");
  else if (from && to && to.getTime() - from.getTime() > MAX_DAYS * 86_400_000)
    errors.to = message("dashboard.period.tooLong");
  // A period that cannot be shown gives way to the default one.
  if (errors.from || errors.to) [from, to] = [undefined, undefined];
  const load = (period: { from?: Date | undefined; to?: Date | undefined }) =>
    asRoute(services.supportRequests.dashboard(caller, office.id, period));
  let dashboard: OfficeDashboard;
  try {
    dashboard = await load({ from, to });
  } catch (error) {
    // Only one date given, the other defaulted: the service names what does not fit (order, length).
    const fields = (error as { code?: string; fields?: { field: string }[] }).fields;
    if ((error as { code?: string }).code !== "VALIDATION_FAILED" || !fields) throw error;
    for (const { field } of fields) {
      if (field === "from" || field === "to")
        errors[field] = message(field === "from" ? "dashboard.period.order" : "dashboard.period.tooLong");
    }
    dashboard = await load({});
  }
  return {
    office: { id: office.id, name: office.name, timeZone: zone, warnBeforeMinutes: office.warnBeforeMinutes },
    dashboard,
    period: {
      from: dateIn(new Date(dashboard.from), zone),
      to: dateIn(new Date(new Date(dashboard.to).getTime() - 1), zone),
    },
    errors,
  };
}
