import { isRouteErrorResponse, useRouteError } from "react-router";
import { ErrorPage } from "../components/ui/error-page.tsx";
import { loadReferralPage, reportFromPage } from "../features/referrals/referral.server.ts";
import { ReferralPage } from "../features/referrals/referral-page.tsx";
import { localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import type { Route } from "./+types/referral.ts";

/** The partner's report-back page: the e-mailed link is the only key, so nobody signs in. */
export async function loader(args: Route.LoaderArgs) {
  return loadReferralPage(args);
}

export async function action(args: Route.ActionArgs) {
  return reportFromPage(args);
}

export function meta({ location }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  return [
    { title: `${translate(locale, "referral.title")} — ${translate(locale, "site.name")}` },
    { name: "robots", content: "noindex, nofollow" },
  ];
}

/**
 * The address is a secret: no copy in any cache, and no Referer carrying it to another site. `same-origin`
 * rather than `no-referrer`: the latter turns the Origin of the page's own form post into "null", which
 * the cross-site check refuses on browsers without Sec-Fetch-Site (see server/platform/http/security.ts).
 */
export function headers(): HeadersInit {
  return { "cache-control": "no-store", "referrer-policy": "same-origin" };
}

export default function Referral({ loaderData, actionData }: Route.ComponentProps) {
  return <ReferralPage data={loaderData} result={actionData} />;
}

/** An unknown or mistyped link: the site's own 404 in the page's language (anything else, its 500). */
export function ErrorBoundary() {
  const error = useRouteError();
  return <ErrorPage status={isRouteErrorResponse(error) && error.status === 404 ? 404 : 500} />;
}
