import { index, prefix, type RouteConfig, route } from "@react-router/dev/routes";
import type { Locale } from "../contracts/common/locale-text.ts";

/**
 * Every page exists twice: Korean at `/…` (the default) and English at `/en/…`, so a shared link
 * always opens in the language it was shared in (docs/decisions/005-language-in-the-url.md).
 */
function pages(locale: Locale) {
  const page = (path: string, file: string) => route(path, `routes/${file}`, { id: `${file}-${locale}` });
  return [
    index("routes/home.tsx", { id: `home-${locale}` }),
    page("sign-in", "sign-in.tsx"),
    page("sign-up", "sign-up.tsx"),
    page("sign-out", "sign-out.ts"),
    page("account", "account.tsx"),
    page("account/organizations/:organizationId", "organization-members.tsx"),
    page("forgot-password", "forgot-password.tsx"),
    page("reset-password", "reset-password.tsx"),
    page("admin/users", "admin-users.tsx"),
    page("admin/tokens", "admin-tokens.tsx"),
    page("admin/audit", "admin-audit.tsx"),
    page("admin/audit.csv", "admin-audit-csv.ts"),
    page("admin/outbox", "admin-outbox.tsx"),
    page("admin/reviews", "admin-reviews.tsx"),
    page("admin/duplicates", "admin-duplicates.tsx"),
    page("admin/imports", "admin-imports.tsx"),
    page("admin/imports/:id", "admin-import.tsx"),
    page("directory/export", "directory-export.ts"),
    page("invitations/accept", "invitation-accept.tsx"),
    page("directory", "directory.tsx"),
    page("organizations/:id", "organization.tsx"),
    page("organizations/:id/edit", "organization-edit.tsx"),
    page("zones", "zones.tsx"),
    page("zones/:code", "zone.tsx"),
    page("industries", "industries.tsx"),
    page("industries/:code", "industry.tsx"),
    page("introductions", "introductions.tsx"),
    page("introductions/new", "introduction-new.tsx"),
    page("introductions/:id", "introduction.tsx"),
    page("matches", "matches.tsx"),
    page("opportunities/:id/candidates", "opportunity-candidates.tsx"),
    page("admin/matching", "admin-matching.tsx"),
    page("opportunities", "opportunities.tsx"),
    page("opportunities/new", "opportunity-new.tsx"),
    page("opportunities/:id", "opportunity.tsx"),
    page("opportunities/:id/edit", "opportunity-edit.tsx"),
    page("offices", "offices.tsx"),
    page("offices/:id", "office.tsx"),
    page("offices/:id/settings", "office-settings.tsx"),
    page("support", "support-requests.tsx"),
    page("support/new", "support-new.tsx"),
    page("support/:id", "support-request.tsx"),
    page("offices/:id/queue", "office-queue.tsx"),
    page("offices/:id/dashboard", "office-dashboard.tsx"),
    page("referrals/:token", "referral.tsx"),
  ];
}

export default [
  ...pages("ko"),
  ...prefix("en", pages("en")),
  route("language", "routes/language.ts"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
