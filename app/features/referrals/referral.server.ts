import { data, redirect } from "react-router";
import { type AppContext, appContext } from "#app-context";
import type { LocalizedText } from "../../../contracts/common/locale-text.ts";
import { type ReferralStatus, referralReport } from "../../../contracts/support-requests/support-request.ts";
import { isFinalReferral, nextReferralStatuses } from "../../../server/modules/support-requests/referrals.ts";
import { issuePath, localizeIssue, localizeMessage } from "../../../server/platform/i18n.ts";
import { localeFromPath } from "../../i18n/locale.ts";
import { pageUrl } from "../../page-url.ts";

type Args = {
  context: { get(token: typeof appContext): AppContext };
  request: Request;
  params: { token?: string };
};

/** What the page shows the partner: the referral as the service tells it, and the statuses it may report. */
export type ReferralPageData = {
  partnerName: string;
  status: ReferralStatus;
  outcome: string | null;
  subject: string;
  companyName: LocalizedText;
  officeName: LocalizedText;
  note: string;
  choices: readonly ("accepted" | "declined" | "completed")[];
  final: boolean;
  /** Just reported (the action redirected here): the thank-you notice. */
  reported: boolean;
};

/** A refused report: the values sent, and errors by field or a conflict (someone reported first). */
export type ReferralFormResult = {
  values: { status: string; outcome: string };
  errors?: Record<string, string>;
  conflict?: boolean;
};

/** `/referrals/:token`: the referral behind the e-mailed link, or 404 for any other token. No sign-in. */
export async function loadReferralPage({ context, request, params }: Args): Promise<ReferralPageData> {
  const { services } = context.get(appContext);
  const referral = await services.supportRequests.referralByToken(params.token ?? "");
  if (!referral) throw data(null, { status: 404 });
  return {
    ...referral,
    choices: nextReferralStatuses(referral.status),
    final: isFinalReferral(referral.status),
    reported: pageUrl(request).searchParams.get("reported") === "1",
  };
}

/**
 * The partner's report, validated with the API's own schema and taken by the service (which checks the
 * transition). Success comes back to the page with a thank-you; the link's holder needs no account.
 */
export async function reportFromPage({ context, request, params }: Args) {
  const app = context.get(appContext);
  const url = pageUrl(request);
  const locale = localeFromPath(url.pathname);
  const form = await request.formData();
  const values = { status: String(form.get("status") ?? ""), outcome: String(form.get("outcome") ?? "") };
  const parsed = referralReport.safeParse({
    status: values.status || undefined,
    outcome: values.outcome.trim() || undefined,
  });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    // No choice made: "required", rather than Zod's list of the enum's raw values.
    if (!values.status) errors.status = localizeMessage("is required", locale);
    for (const issue of parsed.error.issues) errors[issuePath(issue)] ??= localizeIssue(issue, locale);
    return data<ReferralFormResult>({ values, errors }, 400);
  }
  try {
    await app.services.supportRequests.reportByToken(params.token ?? "", parsed.data, {
      locale,
      ip: app.clientIp,
      userAgent: request.headers.get("user-agent") ?? undefined,
    });
  } catch (error) {
    const { code, fields } = error as { code?: string; fields?: { field: string; message: string }[] };
    if (code === "NOT_FOUND") throw data(null, { status: 404 });
    if (code === "INVALID_TRANSITION") return data<ReferralFormResult>({ values, conflict: true }, 409);
    if (code === "VALIDATION_FAILED" && fields?.length) {
      const errors = Object.fromEntries(fields.map((f) => [f.field, localizeMessage(f.message, locale)]));
      return data<ReferralFormResult>({ values, errors }, 400);
    }
    throw error;
  }
  // Not `request.url`: a script-driven submission arrives at `….data`.
  return redirect(`${url.pathname}?reported=1`);
}
