import { data, redirect } from "react-router";
import { appContext } from "#app-context";
import { type Locale, pickText } from "../../../contracts/common/locale-text.ts";
import type { OpportunityView } from "../../../contracts/opportunities/opportunity.ts";
import { isUuid } from "../../../server/platform/ids.ts";
import { href, localeFromPath } from "../../i18n/locale.ts";
import { translate } from "../../i18n/messages.ts";
import { pageUrl } from "../../page-url.ts";
import { asRoute } from "../../route-errors.server.ts";
import { requireUser } from "../accounts/session.server.ts";
import type { LoaderArgs } from "../organizations/args.ts";
import { clip } from "../organizations/seo.ts";
import { opportunityKindKey } from "./format.ts";
import { labelsOf } from "./labels.server.ts";

const notices = {
  created: "opportunity.notice.created",
  saved: "opportunity.notice.saved",
  closed: "opportunity.notice.closed",
  reopened: "opportunity.notice.reopened",
} as const;

/**
 * One opportunity with its owner, facts named in the page's language, and what the reader may do with it.
 * `/opportunities/<external id>` redirects to the canonical `/opportunities/<uuid>`.
 */
export async function loadOpportunity({ context, request, params }: LoaderArgs) {
  const { services, actor } = context.get(appContext);
  const url = pageUrl(request);
  const locale = localeFromPath(url.pathname);
  const id = params.id ?? "";
  if (!isUuid(id)) {
    const found = await services.opportunities.list({ externalId: id }, { limit: 1, offset: 0 });
    if (!found.items[0]) throw data(null, { status: 404 });
    throw redirect(href(`/opportunities/${found.items[0].id}`, locale), 301);
  }
  const opportunity = await asRoute(services.opportunities.get(id));
  const notice = url.searchParams.get("notice") ?? "";
  // A local company's member sees how the opportunity fits the company they act for, with the evidence.
  const company = actor?.memberships?.find(
    (m) => m.organizationId === actor.organizationId && m.actsAs === "company-member",
  );
  const fit = company ? await services.matching.fit(actor, company.organizationId, id) : null;
  return {
    opportunity,
    ...labelsOf(opportunity, locale),
    fit: fit && { ...fit, organizationId: company!.organizationId },
    canManage: services.opportunities.canManage(actor, opportunity.owner.id),
    notice: notice in notices ? notices[notice as keyof typeof notices] : null,
    seo: opportunitySeo(opportunity, locale),
  };
}
export type OpportunityData = Awaited<ReturnType<typeof loadOpportunity>>;

/** A page with the edit and close buttons is for one reader: no shared cache may keep it. */
export function opportunityInit(loaded: OpportunityData): ResponseInit | undefined {
  return loaded.canManage || loaded.fit ? { headers: { "cache-control": "private, no-store" } } : undefined;
}

function opportunitySeo(opportunity: OpportunityView, locale: Locale) {
  const title = pickText(opportunity.title, locale);
  const owner = pickText(opportunity.owner.name, locale);
  const description =
    pickText(opportunity.description, locale) ||
    [translate(locale, opportunityKindKey(opportunity.kind)), owner].join(" · ");
  return {
    title: `${title} — ${owner} — ${translate(locale, "site.name")}`,
    description: clip(description),
  };
}

/** Close or reopen, from the buttons on the page (the service checks who may). */
export async function opportunityAction(args: LoaderArgs) {
  const caller = requireUser(args);
  const { services } = args.context.get(appContext);
  const url = pageUrl(args.request);
  const id = args.params.id ?? "";
  const form = await args.request.formData();
  const intent = String(form.get("intent") ?? "");
  if (intent !== "close" && intent !== "reopen") return redirect(url.pathname);
  await asRoute(
    services.opportunities.update(caller, id, { status: intent === "close" ? "closed" : "open" }),
  );
  return redirect(`${url.pathname}?notice=${intent === "close" ? "closed" : "reopened"}`);
}
