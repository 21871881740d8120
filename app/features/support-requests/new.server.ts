import { data, redirect } from "react-router";
import { appContext } from "#app-context";
import { pickText } from "../../../contracts/common/locale-text.ts";
import { supportRequestCreate } from "../../../contracts/support-requests/support-request.ts";
import { href } from "../../i18n/locale.ts";
import { pageUrl } from "../../page-url.ts";
import { asRoute } from "../../route-errors.server.ts";
import { requireUser } from "../accounts/session.server.ts";
import {
  type Args,
  companiesOf,
  countryName,
  fieldErrorsOf,
  filesFrom,
  issuesOf,
  localeOf,
  officesOf,
  valuesOf,
} from "./support.server.ts";

/** The markets the offices serve, each once, by name: what the target-market select offers. */
async function marketsOf(args: Args) {
  const locale = localeOf(args.request);
  const { services } = args.context.get(appContext);
  const offices = await officesOf(services);
  const markets = new Map<string, { code: string; name: string; office: string }>();
  for (const office of offices)
    for (const code of office.countries)
      if (!markets.has(code))
        markets.set(code, { code, name: countryName(code, locale), office: pickText(office.name, locale) });
  return [...markets.values()].sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** `/support/new?market=US`: the companies the person may ask for and the markets offices serve. */
export async function loadNewRequest(args: Args) {
  const caller = requireUser(args);
  const { services } = args.context.get(appContext);
  const url = pageUrl(args.request);
  const market = url.searchParams.get("market")?.trim().toUpperCase() ?? "";
  const [companies, markets] = await Promise.all([companiesOf(caller, services), marketsOf(args)]);
  return {
    companies,
    markets,
    market: /^[A-Z]{2}$/.test(market) ? market : "",
  };
}

export type NewRequestResult = {
  values: Record<string, string>;
  errors: Record<string, string>;
  /** Files were chosen: a browser cannot keep them in the form, so the person is asked to choose again. */
  hadFiles: boolean;
};

const fields = [
  "service",
  "targetMarket",
  "subject",
  "description",
  "preferredLanguage",
  "companyId",
] as const;

/** Sends the request with its files; on success the new case's page, else the errors beside the fields. */
export async function createRequest(args: Args) {
  const caller = requireUser(args);
  const { services } = args.context.get(appContext);
  const locale = localeOf(args.request);
  const form = await args.request.formData();
  const values = valuesOf(form);
  const files = await filesFrom(form);
  const input: Record<string, string> = {};
  for (const field of fields) {
    const value = (values[field] ?? "").trim();
    if (value !== "") input[field] = field === "targetMarket" ? value.toUpperCase() : value;
  }
  const refuse = (errors: Record<string, string>) =>
    data<NewRequestResult>({ values, errors, hadFiles: files.length > 0 }, 400);

  const parsed = supportRequestCreate.safeParse(input);
  if (!parsed.success) {
    return refuse(issuesOf(parsed.error, input, locale));
  }
  try {
    const created = await services.supportRequests.create(caller, parsed.data, files, { locale });
    return redirect(`${href(`/support/${created.id}`, locale)}?done=created`);
  } catch (error) {
    const errors = fieldErrorsOf(error, locale);
    if (errors) return refuse(errors);
    return asRoute(Promise.reject(error));
  }
}
