import { data, redirect } from "react-router";
import { type AppContext, appContext } from "#app-context";
import { canManageUsers } from "../../../server/modules/accounts/accounts.policy.ts";
import { canReadAudit } from "../../../server/modules/audit/audit.policy.ts";
import { canImport } from "../../../server/modules/interchange/interchange.policy.ts";
import { canInspectMatching } from "../../../server/modules/matching/matching.policy.ts";
import { canReviewOrganizations } from "../../../server/modules/organizations/organizations.policy.ts";
import { canManageTokens } from "../../../server/modules/tokens/tokens.policy.ts";
import type { Caller } from "../../../server/platform/actor.ts";
import { canReadOutbox } from "../../../server/platform/mail/mail.policy.ts";
import { href, localeFromPath } from "../../i18n/locale.ts";
import { pageUrl } from "../../page-url.ts";

export { offsetOf } from "../../page-url.ts";

type Args = { context: { get(token: typeof appContext): AppContext }; request: Request };

/** Each admin area's policy: the very one its service checks, so the page and the service cannot disagree. */
const policies = {
  tokens: canManageTokens,
  audit: canReadAudit,
  outbox: canReadOutbox,
  users: canManageUsers,
  curation: canReviewOrganizations,
  imports: canImport,
  matching: canInspectMatching,
};

/**
 * The guard of every admin page and download. Signed out → sign-in, coming back here afterwards;
 * signed in without the area's permission (city admins only, today) → 403. Returns the caller the
 * services expect: who, and from where, for the audit log.
 */
export function requireAdmin({ context, request }: Args, area: keyof typeof policies): Caller {
  const { actor, clientIp } = context.get(appContext);
  if (!actor) {
    const url = pageUrl(request);
    const next = encodeURIComponent(url.pathname + url.search);
    throw redirect(`${href("/sign-in", localeFromPath(url.pathname))}?next=${next}`);
  }
  if (!policies[area](actor)) throw data(null, { status: 403 });
  return { actor, ip: clientIp, userAgent: request.headers.get("user-agent") ?? undefined };
}

/**
 * The `headers` of every admin page: they show tokens, reset links and personal data, so neither the
 * browser nor any proxy keeps a copy.
 */
export function adminHeaders(): HeadersInit {
  return { "cache-control": "no-store" };
}
