import { Alert, Button, Group, Stack, TextInput } from "@mantine/core";
import { Form, redirect } from "react-router";
import { appContext } from "#app-context";
import { type Role, roles } from "../../contracts/access/roles.ts";
import { adminHeaders, offsetOf, requireAdmin } from "../features/admin/admin.server.ts";
import { AdminErrorBoundary } from "../features/admin/admin-error.tsx";
import { AdminPage } from "../features/admin/admin-page.tsx";
import { ClaimsTable } from "../features/admin/claims-table.tsx";
import { stamp } from "../features/admin/format.ts";
import { Pager } from "../features/admin/pager.tsx";
import { UsersTable } from "../features/admin/users-table.tsx";
import { localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import { useT } from "../i18n/use-locale.ts";
import { pageUrl } from "../page-url.ts";
import type { Route } from "./+types/admin-users.ts";

const PAGE = 25;

export async function loader(args: Route.LoaderArgs) {
  const caller = requireAdmin(args, "users");
  const url = pageUrl(args.request);
  const locale = localeFromPath(url.pathname);
  const { accounts, memberships } = args.context.get(appContext).services;
  const q = url.searchParams.get("q")?.trim() || undefined;
  const offset = offsetOf(url);
  const [claims, people] = await Promise.all([
    memberships.pendingClaims(caller),
    accounts.listUsers(caller, q, { limit: PAGE, offset }),
  ]);
  return {
    q: q ?? "",
    offset,
    total: people.total,
    notice: url.searchParams.get("saved") ?? (url.searchParams.has("decided") ? "decided" : null),
    claims: claims.map((claim) => ({
      id: claim.id,
      organization: claim.organizationName,
      website: claim.website,
      email: claim.email,
      requestedAt: stamp(claim.createdAt.toISOString(), locale),
    })),
    users: people.rows.map((user) => ({
      id: user.id,
      name: user.name,
      email: user.email,
      emailVerified: user.emailVerified,
      role: user.role ?? null,
      joinedAt: stamp(user.createdAt.toISOString(), locale),
    })),
  };
}

/** Two decisions live here: a claim (approve or reject) and a person's platform role. Both audited by the services. */
export async function action(args: Route.ActionArgs) {
  const caller = requireAdmin(args, "users");
  const { accounts, memberships } = args.context.get(appContext).services;
  const form = await args.request.formData();
  const intent = String(form.get("intent") ?? "");
  const page = pageUrl(args.request).pathname;
  if (intent === "approve" || intent === "reject") {
    await memberships.decideClaim(
      caller,
      String(form.get("claim") ?? ""),
      intent === "approve" ? "approved" : "rejected",
    );
    return redirect(`${page}?decided=1`);
  }
  const role = String(form.get("role") ?? "");
  const email = String(form.get("email") ?? "");
  if (intent === "role" && (role === "none" || roles.includes(role as Role))) {
    await accounts.setRole(caller, email, role === "none" ? null : (role as Role));
    return redirect(`${page}?saved=${encodeURIComponent(email)}`);
  }
  return redirect(page);
}

export function headers() {
  return adminHeaders();
}

export function meta({ location }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  return [
    { title: `${translate(locale, "admin.users.title")} — ${translate(locale, "site.name")}` },
    { name: "robots", content: "noindex" },
  ];
}

export default function AdminUsers({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const notice = loaderData.notice;
  return (
    <AdminPage title={t("admin.users.title")} lead={t("admin.users.lead")}>
      <Stack gap="xl">
        {notice && (
          <Alert color="teal" variant="light" role="status">
            {notice === "decided" ? t("admin.claims.decided") : t("admin.users.saved", { email: notice })}
          </Alert>
        )}
        <ClaimsTable claims={loaderData.claims} />
        <Form method="get" role="search">
          <Group align="flex-end" gap="sm">
            <TextInput name="q" label={t("admin.users.search")} defaultValue={loaderData.q} w={320} />
            <Button type="submit" variant="outline">
              {t("admin.users.searchButton")}
            </Button>
          </Group>
        </Form>
        <UsersTable users={loaderData.users} />
        <Pager offset={loaderData.offset} limit={PAGE} total={loaderData.total} />
      </Stack>
    </AdminPage>
  );
}

export const ErrorBoundary = AdminErrorBoundary;
