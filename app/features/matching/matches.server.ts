import { data, redirect } from "react-router";
import { appContext } from "#app-context";
import { pickText } from "../../../contracts/common/locale-text.ts";
import {
  type FeedbackReason,
  feedbackReasons,
  type Verdict,
} from "../../../contracts/matching/vocabulary.ts";
import { isUuid } from "../../../server/platform/ids.ts";
import { localeFromPath } from "../../i18n/locale.ts";
import { pageUrl } from "../../page-url.ts";
import { asRoute } from "../../route-errors.server.ts";
import { requireUser } from "../accounts/session.server.ts";
import { requireAdmin } from "../admin/admin.server.ts";
import { stamp } from "../admin/format.ts";
import type { LoaderArgs } from "../organizations/args.ts";

const notice = (url: URL) =>
  url.searchParams.get("saved") === "1"
    ? "saved"
    : url.searchParams.get("error") === "reason"
      ? "reason"
      : null;

/**
 * "Matches for you": for a local company, the open opportunities that fit it and partners worth meeting;
 * for a partner, its own opportunities (each with its candidates) and Daegu companies that fit its profile.
 */
export async function loadMatches(args: LoaderArgs) {
  const caller = requireUser(args);
  const { services } = args.context.get(appContext);
  const url = pageUrl(args.request);
  const locale = localeFromPath(url.pathname);
  const organizationId = caller.actor.organizationId;
  if (!organizationId) return { mode: "none" as const, notice: notice(url) };
  const organization = await asRoute(services.organizations.get(organizationId, caller.actor));
  const name = pickText(organization.name, locale);
  const includeClosed = url.searchParams.get("closed") === "1";
  if (organization.scope === "local") {
    const [matches, suggestions] = await Promise.all([
      asRoute(services.matching.opportunitiesFor(caller.actor, organizationId, { limit: 20, includeClosed })),
      asRoute(services.matching.suggestions(caller.actor, organizationId, { limit: 6 })),
    ]);
    return {
      mode: "company" as const,
      organizationId,
      name,
      matches,
      suggestions,
      includeClosed,
      notice: notice(url),
    };
  }
  const [own, suggestions] = await Promise.all([
    services.opportunities.list({ owner: organization.externalId, status: "all" }, { limit: 50, offset: 0 }),
    asRoute(services.matching.suggestions(caller.actor, organizationId, { limit: 10 })),
  ]);
  return {
    mode: "partner" as const,
    organizationId,
    name,
    opportunities: own.items.map((item) => ({
      id: item.id,
      title: item.title,
      status: item.status,
      deadline: item.deadline,
    })),
    suggestions,
    notice: notice(url),
  };
}

/** An opportunity's candidates, for its owner, the city and the overseas offices. */
export async function loadCandidates(args: LoaderArgs) {
  const caller = requireUser(args);
  const { services } = args.context.get(appContext);
  const url = pageUrl(args.request);
  const id = args.params.id ?? "";
  if (!isUuid(id)) throw data(null, { status: 404 });
  const [opportunity, candidates] = await Promise.all([
    asRoute(services.opportunities.get(id)),
    asRoute(services.matching.candidates(caller.actor, id, { limit: 20 })),
  ]);
  return {
    opportunity: { id: opportunity.id, title: opportunity.title, owner: opportunity.owner },
    candidates,
    notice: notice(url),
  };
}

const verdictOf = (value: FormDataEntryValue | null): Verdict | undefined =>
  value === "useful" || value === "not-useful" ? value : undefined;
const reasonOf = (value: FormDataEntryValue | null): FeedbackReason | undefined =>
  feedbackReasons.find((reason) => reason === value);

/**
 * Where a verdict form on another page (an opportunity's) asks to come back to: a page of this site only.
 * Checked after the URL is resolved, since "/.//evil.example" or "/\\evil.example" become other hosts.
 */
export function returnTo(value: FormDataEntryValue | null, current: URL): URL {
  if (typeof value !== "string" || !value.startsWith("/")) return current;
  const target = new URL(value, current);
  return target.origin === current.origin && !target.pathname.startsWith("//") ? target : current;
}

/**
 * A verdict from any matching page: the form names what is judged (`target`) and the pair. Back to the
 * same page, at the same card, with a notice; a "not useful" without a reason asks for one.
 */
export async function verdictAction(args: LoaderArgs) {
  const caller = requireUser(args);
  const { services } = args.context.get(appContext);
  const url = pageUrl(args.request);
  const form = await args.request.formData();
  const verdict = verdictOf(form.get("verdict"));
  const reason = reasonOf(form.get("reason"));
  const base = returnTo(form.get("back"), url);
  const back = (query: string) => {
    const search = new URLSearchParams(base.search);
    search.delete("saved");
    search.delete("error");
    for (const [key, value] of new URLSearchParams(query)) search.set(key, value);
    return redirect(`${base.pathname}?${search}`);
  };
  if (!verdict) throw data(null, { status: 400 });
  if (verdict === "not-useful" && !reason) return back("error=reason");
  const input = { verdict, ...(reason && verdict === "not-useful" ? { reason } : {}) };
  const organizationId = String(form.get("organizationId") ?? "");
  const target = form.get("target");
  if (target === "candidate")
    await asRoute(
      services.matching.judgeCandidate(
        caller,
        String(form.get("opportunityId") ?? ""),
        organizationId,
        input,
      ),
    );
  else if (target === "opportunity")
    await asRoute(
      services.matching.judgeOpportunity(
        caller,
        organizationId,
        String(form.get("opportunityId") ?? ""),
        input,
      ),
    );
  else if (target === "suggestion")
    await asRoute(
      services.matching.judgeSuggestion(caller, organizationId, String(form.get("otherId") ?? ""), input),
    );
  else throw data(null, { status: 400 });
  return back("saved=1");
}

/** The city's view of the weights and the verdicts behind them. */
export async function loadMatchingAdmin(args: LoaderArgs) {
  const caller = requireAdmin(args, "matching");
  const { services } = args.context.get(appContext);
  const inspected = await asRoute(services.matching.inspect(caller.actor));
  return {
    ...inspected,
    updatedAt: stamp(inspected.updatedAt, localeFromPath(pageUrl(args.request).pathname)),
  };
}
