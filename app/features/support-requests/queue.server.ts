import { data } from "react-router";
import { appContext } from "#app-context";
import type { Locale } from "../../../contracts/common/locale-text.ts";
import { errorMessages } from "../../../contracts/errors.ts";
import { bulkAction, supportRequestListQuery } from "../../../contracts/support-requests/support-request.ts";
import { issuePath, localizeIssue, localizeMessage } from "../../../server/platform/i18n.ts";
import { translate } from "../../i18n/messages.ts";
import { offsetOf, pageUrl } from "../../page-url.ts";
import { asRoute } from "../../route-errors.server.ts";
import { requireUser } from "../accounts/session.server.ts";
import { type Args, countryName, localeOf, rowOf, valuesOf } from "./support.server.ts";

type QueueArgs = Args & { params: { id?: string } };

export const QUEUE_PAGE = 50;

const filterNames = ["status", "priority", "service", "market", "assignee", "sla", "q", "sort"] as const;
export type QueueFilters = Partial<Record<(typeof filterNames)[number], string>>;

/** The queue's filters from the address: each value kept only when the API would take it. */
function filtersOf(url: URL): QueueFilters {
  const shape = supportRequestListQuery.shape;
  const filters: QueueFilters = {};
  for (const name of filterNames) {
    let value = url.searchParams.get(name)?.trim() ?? "";
    if (name === "market") value = value.toUpperCase();
    if (value === "") continue;
    if (shape[name].safeParse(value).success) filters[name] = value;
  }
  return filters;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `/offices/:id/queue`: the office's requests for its staff and the city, filtered, sorted and paged
 * (50 a page) by the address, so a filtered queue can be shared as a link.
 */
export async function loadQueue(args: QueueArgs) {
  const caller = requireUser(args);
  const { services } = args.context.get(appContext);
  const url = pageUrl(args.request);
  const locale = localeOf(args.request);
  const officeId = args.params.id ?? "";
  if (!uuidPattern.test(officeId)) throw data(null, { status: 404 });
  const filters = filtersOf(url);
  const offset = offsetOf(url);
  const query = supportRequestListQuery.parse({
    ...filters,
    scope: "office",
    office: officeId,
    limit: QUEUE_PAGE,
    offset,
  });
  const list = await asRoute(services.supportRequests.list(caller, query));
  // Only after the service let this person see the queue: the office, with its staff for them.
  const office = await services.offices.get(officeId, caller.actor).catch(() => undefined);
  const first = list.items[0];
  // The office's staff, for the assignee filter and the bulk assignment.
  const staff = (office?.staff ?? []).map((person) => ({ id: person.userId, name: person.name }));
  return {
    office: {
      id: officeId,
      name: office?.name ?? first?.office.name ?? null,
      timeZone: office?.timeZone ?? first?.office.timeZone ?? null,
      countries: (office?.countries ?? []).map((code) => ({ code, name: countryName(code, locale) })),
    },
    warnMinutes: office?.warnBeforeMinutes,
    filters,
    items: list.items.map((item) => rowOf(item, locale)),
    total: list.total,
    offset,
    limit: QUEUE_PAGE,
    staff,
    me: caller.actor.id,
  };
}

/** What the bulk form gets back: how many changed, which were left and why, or what to fix. */
export type BulkOutcome = {
  values: Record<string, string>;
  errors?: Record<string, string>;
  updated?: number;
  skipped?: { id: string; reason: string }[];
};

const bulkIntents = ["assign", "priority", "status"] as const;
type BulkIntent = (typeof bulkIntents)[number];

/** The select of each bulk button: where a refusal about its value is shown. */
const fieldOfIntent: Record<BulkIntent, string> = {
  assign: "bulkAssignee",
  priority: "bulkPriority",
  status: "bulkStatus",
};

function reasonOf(skip: { code: string; message: string }, locale: Locale): string {
  const byCode = (errorMessages as Record<string, Record<Locale, string>>)[skip.code]?.[locale];
  const message = localizeMessage(skip.message, locale);
  // The service's own wording when it has one in this language, else the code's message.
  return message !== skip.message || locale === "en" ? message : (byCode ?? message);
}

/**
 * The queue's bulk action: the ticked requests get an assignee, a priority or a status, each checked and
 * audited on its own by the service; the answer says how many changed and why the others did not.
 */
export async function queueAction(args: QueueArgs) {
  const caller = requireUser(args);
  const { services } = args.context.get(appContext);
  const locale = localeOf(args.request);
  const form = await args.request.formData();
  const intent = String(form.get("intent") ?? "");
  const values = valuesOf(form, ["intent", "ids"]);
  if (!bulkIntents.some((known) => known === intent)) throw data(null, { status: 400 });
  const bulk = intent as BulkIntent;
  const ids = form.getAll("ids").filter((id): id is string => typeof id === "string" && id !== "");
  const input: Record<string, unknown> = { ids };
  if (intent === "assign") {
    const assignee = (values.bulkAssignee ?? "").trim();
    input.assigneeId = assignee === "none" ? null : assignee === "" ? undefined : assignee;
  }
  if (intent === "priority") input.priority = (values.bulkPriority ?? "").trim() || undefined;
  if (intent === "status") input.status = (values.bulkStatus ?? "").trim() || undefined;
  const parsed = bulkAction.safeParse(input);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const path = issuePath(issue);
      if (issue.message === "choose what to change: assignee, priority or status")
        errors[fieldOfIntent[bulk]] ??= translate(locale, "support.bulk.nothingToChange");
      else if (path.startsWith("ids"))
        errors.ids ??=
          issue.code === "too_small"
            ? translate(locale, "support.bulk.noneSelected")
            : localizeIssue(issue, locale);
      else errors[fieldOfIntent[bulk]] ??= localizeIssue(issue, locale);
    }
    return data<BulkOutcome>({ values: { ...values, intent }, errors }, 400);
  }
  const result = await asRoute(services.supportRequests.bulk(caller, parsed.data, { locale }));
  return data<BulkOutcome>({
    values: { ...values, intent },
    updated: result.updated.length,
    skipped: result.skipped.map((skip) => ({ id: skip.id, reason: reasonOf(skip, locale) })),
  });
}
