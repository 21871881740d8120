import { data, redirect } from "react-router";
import type { z } from "zod";
import { appContext } from "#app-context";
import type { Locale } from "../../../contracts/common/locale-text.ts";
import {
  messageCreate,
  ratingCreate,
  referralCreate,
  referralReport,
  type SupportRequestView,
  supportRequestPatch,
  transitionCreate,
} from "../../../contracts/support-requests/support-request.ts";
import { type SupportStatus, supportStatuses } from "../../../contracts/support-requests/vocabulary.ts";
import { href } from "../../i18n/locale.ts";
import { translate } from "../../i18n/messages.ts";
import { pageUrl } from "../../page-url.ts";
import { asRoute } from "../../route-errors.server.ts";
import { requireUser } from "../accounts/session.server.ts";
import { clockData, when } from "./format.ts";
import {
  type Args,
  countryName,
  fieldErrorsOf,
  filesFrom,
  issuesOf,
  localeOf,
  valuesOf,
} from "./support.server.ts";

type CaseArgs = Args & { params: { id?: string } };

/** The forms of the case page, by the `intent` each posts; `view.actions` says which are shown. */
export const caseIntents = [
  "reply",
  "note",
  "attach",
  "transition",
  "assign",
  "priority",
  "rate",
  "refer",
  "report-referral",
] as const;
export type CaseIntent = (typeof caseIntents)[number];

const isIntent = (value: string): value is CaseIntent => caseIntents.some((intent) => intent === value);

/** A human-readable size: "12 KB", "3.4 MB". */
function sizeText(bytes: number, locale: Locale): string {
  const format = (n: number, digits: number) =>
    new Intl.NumberFormat(locale === "ko" ? "ko-KR" : "en-GB", { maximumFractionDigits: digits }).format(n);
  if (bytes < 1024) return `${format(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024, 0)} KB`;
  return `${format(bytes / (1024 * 1024), 1)} MB`;
}

function attachmentsOf(list: SupportRequestView["attachments"], locale: Locale) {
  return list.map((a) => ({
    id: a.id,
    name: a.name,
    url: a.url,
    size: sizeText(a.size, locale),
    kind: a.kind,
  }));
}

/** An event's detail as short text (assignee, priority, partner, SLA metric), when it names one. */
function detailOf(event: SupportRequestView["events"][number]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(event.detail ?? {})) {
    if (typeof value === "string" || typeof value === "number") out[key] = String(value);
  }
  return out;
}

const doneIntents = [...caseIntents, "created"] as const;
export type DoneKind = (typeof doneIntents)[number];

/** The case page's data: the request as the service shows it to this person, times in text. */
export async function loadCase(args: CaseArgs) {
  const caller = requireUser(args);
  const { services } = args.context.get(appContext);
  const url = pageUrl(args.request);
  const locale = localeOf(args.request);
  const id = args.params.id ?? "";
  const view = await asRoute(services.supportRequests.get(caller, id, { locale }));
  const actions = new Set(view.actions);
  const wantsStaff = actions.has("note") || actions.has("assign");
  // The public view of the office (no staff list): only its warning window is needed here.
  const office = await services.offices.get(view.office.id).catch(() => undefined);
  // Assigning and mentioning are the office's side, which `staffFor` serves.
  const staff = wantsStaff ? await services.supportRequests.staffFor(caller, id) : [];
  const zone = view.office.timeZone;
  const done = url.searchParams.get("done") ?? "";
  return {
    id: view.id,
    number: view.number,
    subject: view.subject,
    description: view.description,
    status: view.status,
    priority: view.priority,
    service: view.service,
    market: { code: view.targetMarket, name: countryName(view.targetMarket, locale) },
    preferredLanguage: view.preferredLanguage,
    company: view.company,
    office: view.office,
    assignee: view.assignee,
    requestedBy: view.requestedBy,
    created: when(view.createdAt, locale),
    lastActivity: when(view.lastActivityAt, locale),
    firstResponse: clockData(view.sla.firstResponse, locale, zone),
    resolution: clockData(view.sla.resolution, locale, zone),
    warnMinutes: office?.warnBeforeMinutes,
    resolved: when(view.resolvedAt, locale),
    closed: when(view.closedAt, locale),
    reopenUntil: when(view.reopenUntil, locale),
    rating: view.rating
      ? { score: view.rating.score, comment: view.rating.comment, rated: when(view.rating.ratedAt, locale) }
      : null,
    attachments: attachmentsOf(view.attachments, locale),
    messages: view.messages.map((m) => ({
      id: m.id,
      visibility: m.visibility,
      side: m.side,
      author: m.author,
      body: m.body,
      mentions: m.mentions,
      attachments: attachmentsOf(m.attachments, locale),
      at: when(m.createdAt, locale),
    })),
    events: view.events.map((e, index) => ({
      key: `${index}-${e.createdAt}`,
      kind: e.kind,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      actor: e.actor,
      detail: detailOf(e),
      at: when(e.createdAt, locale),
    })),
    referrals: view.referrals.map((r) => ({
      id: r.id,
      partnerName: r.partnerName,
      contactEmail: r.contactEmail,
      note: r.note,
      status: r.status,
      outcome: r.outcome,
      referredBy: r.referredBy,
      created: when(r.createdAt, locale),
      updated: when(r.updatedAt, locale),
    })),
    actions: view.actions,
    nextStatuses: view.actions
      .filter((action) => action.startsWith("transition:"))
      .map((action) => action.slice("transition:".length))
      .filter((to): to is SupportStatus => supportStatuses.some((status) => status === to)),
    staff,
    done: doneIntents.some((kind) => kind === done) ? (done as DoneKind) : null,
  };
}

/** What a refused form gets back: which form (and which referral), its values, errors or a conflict. */
export type CaseResult = {
  intent: string;
  referralId?: string | undefined;
  values: Record<string, string>;
  errors?: Record<string, string>;
  conflict?: boolean;
  hadFiles?: boolean;
};

/** Where each form lands after it worked: the part of the page it changed. */
const anchors: Record<CaseIntent, string> = {
  reply: "thread-title",
  note: "thread-title",
  attach: "files-title",
  transition: "status-title",
  assign: "work-title",
  priority: "work-title",
  rate: "rating-title",
  refer: "referrals-title",
  "report-referral": "referrals-title",
};

/**
 * The case page's action: one form by `intent`, checked with the API's own schema, done by the same
 * service (which checks who may and from which status). Success comes back to the case with a notice; a
 * refused field comes back beside its input, in the page's language; a status someone else changed first
 * comes back as a conflict.
 */
export async function caseAction(args: CaseArgs) {
  const caller = requireUser(args);
  const { services } = args.context.get(appContext);
  const locale = localeOf(args.request);
  const id = args.params.id ?? "";
  const form = await args.request.formData();
  const intent = String(form.get("intent") ?? "");
  if (!isIntent(intent)) throw data(null, { status: 400 });
  const values = valuesOf(form, ["intent"]);
  const files = await filesFrom(form);
  const referralId = intent === "report-referral" ? (values.referralId ?? "") : undefined;
  const text = (name: string) => (values[name] ?? "").trim();
  const optional = (name: string) => (text(name) === "" ? undefined : text(name));
  const answer = (result: Omit<CaseResult, "intent" | "values" | "referralId">, status: number) =>
    data<CaseResult>({ intent, referralId, values, hadFiles: files.length > 0, ...result }, status);
  const refuse = (errors: Record<string, string>) => answer({ errors }, 400);

  /** Checks the form's input with the API's schema: the parsed body, or the errors beside the fields. */
  const check = <S extends z.ZodType>(
    schema: S,
    input: Record<string, unknown>,
  ): { body: z.output<S>; errors?: undefined } | { body?: undefined; errors: Record<string, string> } => {
    const parsed = schema.safeParse(input);
    return parsed.success ? { body: parsed.data } : { errors: issuesOf(parsed.error, input, locale) };
  };
  const desk = services.supportRequests;
  const options = { locale };
  let work: () => Promise<unknown>;
  switch (intent) {
    case "reply":
    case "note": {
      const mentions = form.getAll("mentions").filter((m): m is string => typeof m === "string" && m !== "");
      const parsed = check(messageCreate, {
        body: optional("body"),
        visibility: intent === "note" ? "internal" : "public",
        mentions: intent === "note" ? mentions : [],
      });
      if (!parsed.body) return refuse(parsed.errors);
      work = () => desk.postMessage(caller, id, parsed.body, files, options);
      break;
    }
    case "attach": {
      if (files.length === 0) return refuse({ attachments: translate(locale, "support.files.none") });
      work = () => desk.attach(caller, id, files, options);
      break;
    }
    case "transition": {
      const parsed = check(transitionCreate, { to: optional("to"), message: optional("message") });
      if (!parsed.body) return refuse(parsed.errors);
      work = () => desk.transition(caller, id, parsed.body, options);
      break;
    }
    case "assign": {
      const parsed = check(supportRequestPatch, { assigneeId: optional("assigneeId") ?? null });
      if (!parsed.body) return refuse(parsed.errors);
      work = () => desk.update(caller, id, parsed.body, options);
      break;
    }
    case "priority": {
      const parsed = check(supportRequestPatch, { priority: optional("priority") });
      if (!parsed.body) return refuse(parsed.errors);
      work = () => desk.update(caller, id, parsed.body, options);
      break;
    }
    case "rate": {
      const score = text("score");
      const parsed = check(ratingCreate, {
        score: score === "" ? undefined : Number(score),
        comment: optional("comment"),
      });
      if (!parsed.body) return refuse(parsed.errors);
      work = () => desk.rate(caller, id, parsed.body, options);
      break;
    }
    case "refer": {
      const parsed = check(referralCreate, {
        partnerName: optional("partnerName"),
        contactEmail: optional("contactEmail"),
        note: optional("note"),
      });
      if (!parsed.body) return refuse(parsed.errors);
      work = () => desk.refer(caller, id, parsed.body, options);
      break;
    }
    case "report-referral": {
      const parsed = check(referralReport, { status: optional("status"), outcome: optional("outcome") });
      if (!parsed.body) return refuse(parsed.errors);
      work = () => desk.reportReferral(caller, id, referralId ?? "", parsed.body, options);
      break;
    }
  }
  try {
    await work();
  } catch (error) {
    if ((error as { code?: string }).code === "INVALID_TRANSITION") return answer({ conflict: true }, 409);
    const errors = fieldErrorsOf(error, locale);
    if (errors) return refuse(errors);
    return asRoute(Promise.reject(error));
  }
  return redirect(`${href(`/support/${id}`, locale)}?done=${intent}#${anchors[intent]}`);
}
