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
    page("invitations/accept", "invitation-accept.tsx"),
  ];
}

export default [
  ...pages("ko"),
  ...prefix("en", pages("en")),
  route("language", "routes/language.ts"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
