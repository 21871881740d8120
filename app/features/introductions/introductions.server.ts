import { redirect } from "react-router";
import { type AppContext, appContext } from "#app-context";
import type { Locale, LocalizedText } from "../../../contracts/common/locale-text.ts";
import {
  type IntroductionStatus,
  type IntroductionView,
  introductionStatuses,
} from "../../../contracts/introductions/introduction.ts";
import { formatMoney, introductionOutcomeNames } from "../../../contracts/introductions/labels.ts";
import { localizeMessage } from "../../../server/platform/i18n.ts";
import { href, localeFromPath } from "../../i18n/locale.ts";
import { offsetOf, pageUrl } from "../../page-url.ts";
import { asRoute } from "../../route-errors.server.ts";
import { requireUser } from "../accounts/session.server.ts";
import { koreanDate, type Stamp, stamp } from "../admin/format.ts";
import { dayText } from "../organizations/labels.server.ts";

type Args = { context: { get(token: typeof appContext): AppContext }; request: Request };
type Ref = { id: string; name: LocalizedText };

/** One line of a list: both sides, the opportunity, the status and when it was asked. */
export type IntroductionRowData = {
  id: string;
  status: IntroductionStatus;
  company: Ref;
  partner: Ref;
  opportunity: { id: string; title: LocalizedText } | null;
  requested: Stamp;
};

const ref = (org: { id: string; name: LocalizedText }): Ref => ({ id: org.id, name: org.name });

export function rowOf(view: IntroductionView, locale: Locale): IntroductionRowData {
  return {
    id: view.id,
    status: view.status,
    company: ref(view.company),
    partner: ref(view.partner),
    opportunity: view.opportunity ? { id: view.opportunity.id, title: view.opportunity.title } : null,
    requested: stamp(view.createdAt, locale),
  };
}

const QUEUE_PAGE = 20;
const MINE_PAGE = 50;

function statusOf(value: string | null): IntroductionStatus | undefined {
  return introductionStatuses.find((status) => status === value);
}

/**
 * `/introductions`: the acting organization's introductions and, for the city and office staff, the
 * queue to broker with counts per status (`?status=` filters it, `?offset=` pages it).
 */
export async function loadIntroductionsPage(args: Args) {
  const caller = requireUser(args);
  const { services } = args.context.get(appContext);
  const url = pageUrl(args.request);
  const locale = localeFromPath(url.pathname);
  const { actor } = caller;
  const broker = services.introductions.isBroker(caller);
  const acting = actor.organizationId
    ? await services.organizations.get(actor.organizationId).catch(() => undefined)
    : undefined;
  if (!acting && !broker) {
    return { organization: null, broker, mine: null, queue: null };
  }
  const status = statusOf(url.searchParams.get("status"));
  const offset = offsetOf(url);
  // One pager per page: the queue's for brokers, else the organization's own list's.
  const mineOffset = broker ? 0 : offset;
  const [mine, queue, counts] = await Promise.all([
    acting
      ? services.introductions.list(caller, { role: "mine", limit: MINE_PAGE, offset: mineOffset })
      : undefined,
    broker
      ? services.introductions.list(caller, { role: "broker", status, limit: QUEUE_PAGE, offset })
      : undefined,
    broker ? services.introductions.counts(caller, "broker") : undefined,
  ]);
  return {
    organization: acting ? { id: acting.id, name: acting.name } : null,
    broker,
    mine: mine
      ? {
          items: mine.items.map((view) => rowOf(view, locale)),
          total: mine.total,
          offset: mineOffset,
          limit: MINE_PAGE,
          paged: !broker,
        }
      : null,
    queue:
      queue && counts
        ? {
            items: queue.items.map((view) => rowOf(view, locale)),
            total: queue.total,
            counts,
            status: status ?? null,
            offset,
            limit: QUEUE_PAGE,
          }
        : null,
  };
}

/** The detail page's data: the introduction, its timeline in KST, amounts as people write them. */
export async function loadIntroductionPage(args: Args & { params: { id?: string } }) {
  const caller = requireUser(args);
  const { services } = args.context.get(appContext);
  const url = pageUrl(args.request);
  const locale = localeFromPath(url.pathname);
  const view = await asRoute(services.introductions.get(caller, args.params.id ?? ""));
  const steps = services.introductions.stepsFor(caller, view);
  const done = url.searchParams.get("done");
  return {
    id: view.id,
    status: view.status,
    company: ref(view.company),
    partner: ref(view.partner),
    office: view.office ? ref(view.office) : null,
    opportunity: view.opportunity ? { id: view.opportunity.id, title: view.opportunity.title } : null,
    requestedBy: view.requestedFor === view.company.id ? ("company" as const) : ("partner" as const),
    message: view.message,
    brokerMessage: view.brokerMessage,
    meetingOn: view.meetingOn ? dayText(view.meetingOn, locale) : null,
    outcome: view.outcome
      ? {
          label: introductionOutcomeNames[view.outcome][locale],
          amount:
            view.outcomeAmount && view.outcomeCurrency
              ? formatMoney(view.outcomeAmount, view.outcomeCurrency, locale)
              : null,
          note: view.outcomeNote,
        }
      : null,
    events: view.events.map((event) => ({
      status: event.status,
      actor: event.actor,
      message: event.message,
      at: stamp(event.createdAt, locale),
    })),
    steps,
    today: koreanDate(),
    done: isDone(done) ? done : null,
  };
}

const doneKinds = ["request", "accept", "decline", "close", "meeting", "outcome", "withdraw"] as const;
export type DoneKind = (typeof doneKinds)[number];
function isDone(value: string | null): value is DoneKind {
  return doneKinds.some((kind) => kind === value);
}

/** A service's field refusals, keyed by field, in the page's language; undefined for other errors. */
export function fieldErrorsOf(error: unknown, locale: Locale): Record<string, string> | undefined {
  const { code, fields } = error as { code?: string; fields?: { field: string; message: string }[] };
  if (!fields?.length || (code !== "VALIDATION_FAILED" && code !== "NOT_FOUND" && code !== "CONFLICT"))
    return undefined;
  return Object.fromEntries(fields.map((f) => [f.field, localizeMessage(f.message, locale)]));
}

/** The page of one introduction, with a notice of what was just done. */
export function introductionHref(id: string, locale: Locale, done?: DoneKind): string {
  return `${href(`/introductions/${id}`, locale)}${done ? `?done=${done}` : ""}`;
}

export function redirectToIntroduction(id: string, locale: Locale, done: DoneKind) {
  return redirect(introductionHref(id, locale, done));
}
