import type { z } from "zod";
import type { AppContext, appContext } from "#app-context";
import type { Locale, LocalizedText } from "../../../contracts/common/locale-text.ts";
import { errorMessages } from "../../../contracts/errors.ts";
import type { SupportRequestSummary } from "../../../contracts/support-requests/support-request.ts";
import type { SupportPriority, SupportStatus } from "../../../contracts/support-requests/vocabulary.ts";
import { isCity, staffOfficesOf } from "../../../server/modules/support-requests/support-requests.policy.ts";
import type { UploadedFile } from "../../../server/modules/support-requests/support-requests.service.ts";
import type { Caller } from "../../../server/platform/actor.ts";
import { issuePath, localizeIssue, localizeMessage } from "../../../server/platform/i18n.ts";
import { localeFromPath } from "../../i18n/locale.ts";
import { translate } from "../../i18n/messages.ts";
import { pageUrl } from "../../page-url.ts";
import { type ClockData, clockData, type When, when } from "./format.ts";

export type Args = { context: { get(token: typeof appContext): AppContext }; request: Request };
type Services = AppContext["services"];

export const localeOf = (request: Request): Locale => localeFromPath(pageUrl(request).pathname);

/** Every field a refusal names about files (`attachments`, `attachments[1]`, `files`) is the file input's. */
const fieldOf = (field: string) => (/^(attachments|files?)\b/.test(field) ? "attachments" : field);

/**
 * A service's refusal as errors beside the form's fields, in the page's language: named fields of
 * VALIDATION_FAILED (and NOT_FOUND/CONFLICT with fields), and files too large or of a kind not accepted
 * (PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE) beside the file input. Undefined for anything else.
 */
export function fieldErrorsOf(error: unknown, locale: Locale): Record<string, string> | undefined {
  const { code, fields } = error as { code?: string; fields?: { field: string; message: string }[] };
  const fileRefusal = code === "PAYLOAD_TOO_LARGE" || code === "UNSUPPORTED_MEDIA_TYPE";
  if (fileRefusal && !fields?.length) return { attachments: errorMessages[code][locale] };
  if (!fields?.length) return undefined;
  if (!fileRefusal && code !== "VALIDATION_FAILED" && code !== "NOT_FOUND" && code !== "CONFLICT")
    return undefined;
  const errors: Record<string, string> = {};
  for (const f of fields) errors[fieldOf(f.field)] ??= localizeMessage(f.message, locale);
  return errors;
}

/**
 * A schema's refusals by field, in the page's language. A field left empty is "required" (for a choice Zod
 * would list the option codes instead, which mean nothing to people).
 */
export function issuesOf(
  error: z.ZodError,
  input: Record<string, unknown>,
  locale: Locale,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const top = issue.path[0];
    const missing = issue.path.length === 1 && typeof top === "string" && input[top] === undefined;
    errors[issuePath(issue)] ??= missing
      ? translate(locale, "support.required")
      : localizeIssue(issue, locale);
  }
  return errors;
}

/** The files of a multipart form's file input (an input left empty sends one nameless, empty file). */
export async function filesFrom(form: FormData, name = "attachments"): Promise<UploadedFile[]> {
  const files: UploadedFile[] = [];
  for (const value of form.getAll(name)) {
    if (typeof value === "string") continue;
    if (value.size === 0 && !value.name) continue;
    // Some browsers send a path; only the name is the file's.
    const fileName = (value.name ?? "").split(/[\\/]/).pop()?.trim() || "file";
    files.push({ name: fileName, bytes: new Uint8Array(await value.arrayBuffer()) });
  }
  return files;
}

/** The string values of a form, trimmed later by whoever reads them (files left out). */
export function valuesOf(form: FormData, skip: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form) {
    if (typeof value !== "string" || skip.includes(key)) continue;
    values[key] = key in values ? `${values[key]},${value}` : value;
  }
  return values;
}

/** What the pages need of an office. */
export type OfficeInfo = {
  id: string;
  organizationId: string;
  name: LocalizedText;
  countries: string[];
  timeZone: string;
  warnBeforeMinutes: number | undefined;
};

/** The support desks (few: one per overseas office), as the reader may see them. */
export async function officesOf(services: Services, caller?: Caller): Promise<OfficeInfo[]> {
  const { items } = await services.offices.list(caller?.actor, { limit: 100 });
  return items.map((office) => ({
    id: office.id,
    organizationId: office.organizationId,
    name: office.name,
    countries: office.countries,
    timeZone: office.timeZone,
    warnBeforeMinutes: office.warnBeforeMinutes,
  }));
}

/** The offices whose queue the person works: all for the city, else those whose staff they are. */
export function queuesOf(caller: Caller, offices: OfficeInfo[]): OfficeInfo[] {
  if (isCity(caller.actor)) return offices;
  const mine = new Set(staffOfficesOf(caller.actor));
  return offices.filter((office) => mine.has(office.organizationId));
}

/** Whether the person works some office's queue (the city, or office staff). */
export const worksQueues = (caller: Caller) =>
  isCity(caller.actor) || staffOfficesOf(caller.actor).length > 0;

/** The companies the person may ask for: their memberships that act as a company member. */
export async function companiesOf(
  caller: Caller,
  services: Services,
): Promise<{ id: string; name: LocalizedText }[]> {
  const ids = (caller.actor.memberships ?? [])
    .filter((m) => m.actsAs === "company-member")
    .map((m) => m.organizationId);
  const found = await Promise.all(
    [...new Set(ids)].map((id) => services.organizations.get(id).catch(() => undefined)),
  );
  return found
    .filter((org): org is NonNullable<typeof org> => Boolean(org))
    .map((org) => ({ id: org.id, name: org.name }));
}

/** A country's name in the page's language ("미국", "United States"), the code if unknown. */
export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** One line of a list of requests, with its times already in text (no ICU differences on hydration). */
export type RequestRow = {
  id: string;
  number: number;
  subject: string;
  service: SupportRequestSummary["service"];
  market: { code: string; name: string };
  status: SupportStatus;
  priority: SupportPriority;
  company: { id: string; name: LocalizedText };
  office: { id: string; name: LocalizedText; timeZone: string };
  assignee: { id: string; name: string } | null;
  firstResponse: ClockData;
  resolution: ClockData;
  created: When;
  lastActivity: When;
};

export function rowOf(summary: SupportRequestSummary, locale: Locale): RequestRow {
  const zone = summary.office.timeZone;
  return {
    id: summary.id,
    number: summary.number,
    subject: summary.subject,
    service: summary.service,
    market: { code: summary.targetMarket, name: countryName(summary.targetMarket, locale) },
    status: summary.status,
    priority: summary.priority,
    company: summary.company,
    office: summary.office,
    assignee: summary.assignee,
    firstResponse: clockData(summary.sla.firstResponse, locale, zone),
    resolution: clockData(summary.sla.resolution, locale, zone),
    created: when(summary.createdAt, locale),
    lastActivity: when(summary.lastActivityAt, locale),
  };
}
