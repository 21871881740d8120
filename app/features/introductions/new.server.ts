import { data } from "react-router";
import { appContext } from "#app-context";
import { introductionRequest } from "../../../contracts/introductions/introduction.ts";
import { issuePath, localizeIssue } from "../../../server/platform/i18n.ts";
import { localeFromPath } from "../../i18n/locale.ts";
import { pageUrl } from "../../page-url.ts";
import { requireUser } from "../accounts/session.server.ts";
import { fieldErrorsOf, redirectToIntroduction } from "./introductions.server.ts";

type Args = Parameters<typeof requireUser>[0];
const ids = ["opportunityId", "companyId", "partnerId"] as const;
type Ids = Partial<Record<(typeof ids)[number], string>>;

/** The ids a request names, from the form first and the page's query second; empty values left out. */
function idsOf(source: { get(name: string): unknown }): Ids {
  const found: Ids = {};
  for (const name of ids) {
    const value = source.get(name);
    if (typeof value === "string" && value.trim() !== "") found[name] = value.trim();
  }
  return found;
}

/**
 * `/introductions/new?opportunityId=&companyId=&partnerId=`: who would be introduced to whom and who
 * brokers, worked out by the service as the request itself would be, or why not.
 */
export async function loadNewIntroduction(args: Args) {
  const caller = requireUser(args);
  const { services } = args.context.get(appContext);
  const url = pageUrl(args.request);
  const locale = localeFromPath(url.pathname);
  const query = idsOf(url.searchParams);
  if (!services.introductions.canUse(caller))
    return { ids: query, preview: null, problems: null, noOrganization: true };
  if (Object.keys(query).length === 0)
    return { ids: query, preview: null, problems: null, noOrganization: false };
  try {
    const preview = await services.introductions.preview(caller, query);
    return { ids: query, preview, problems: null, noOrganization: false };
  } catch (error) {
    // Refused only when the person acts for no organization: say how to get one.
    if ((error as { code?: string }).code === "FORBIDDEN")
      return { ids: query, preview: null, problems: null, noOrganization: true };
    const problems = fieldErrorsOf(error, locale);
    if (!problems) throw error;
    return { ids: query, preview: null, problems, noOrganization: false };
  }
}

export type NewIntroductionResult = { message: string; errors?: Record<string, string>; conflict?: boolean };

/** Sends the request; on success the new introduction's page, else the errors beside the form. */
export async function requestIntroduction(args: Args) {
  const caller = requireUser(args);
  const { services } = args.context.get(appContext);
  const url = pageUrl(args.request);
  const locale = localeFromPath(url.pathname);
  const form = await args.request.formData();
  const message = String(form.get("message") ?? "");
  const input = { ...idsOf(url.searchParams), ...idsOf(form), message };
  const parsed = introductionRequest.safeParse(input);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[issuePath(issue)] ??= localizeIssue(issue, locale);
    return data<NewIntroductionResult>({ message, errors }, 400);
  }
  try {
    const created = await services.introductions.request(caller, parsed.data, { locale });
    return redirectToIntroduction(created.id, locale, "request");
  } catch (error) {
    const code = (error as { code?: string }).code;
    const errors = fieldErrorsOf(error, locale);
    if (code === "CONFLICT" && errors?.partnerId)
      return data<NewIntroductionResult>({ message, conflict: true }, 409);
    if (errors) return data<NewIntroductionResult>({ message, errors }, 400);
    if (code === "FORBIDDEN" || code === "UNAUTHENTICATED") throw data(null, { status: 403 });
    throw error;
  }
}
