import { Alert, Title } from "@mantine/core";
import { data, redirect } from "react-router";
import { appContext } from "#app-context";
import { adminHeaders, requireAdmin } from "../features/admin/admin.server.ts";
import { AdminErrorBoundary } from "../features/admin/admin-error.tsx";
import { AdminPage } from "../features/admin/admin-page.tsx";
import { stamp } from "../features/admin/format.ts";
import { NewToken } from "../features/admin/new-token.tsx";
import { TokenCreateForm } from "../features/admin/token-create-form.tsx";
import { readTokenForm } from "../features/admin/tokens.form.ts";
import { type TokenRow, TokensTable } from "../features/admin/tokens-table.tsx";
import { href, localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import { useT } from "../i18n/use-locale.ts";
import type { Route } from "./+types/admin-tokens.ts";

export async function loader(args: Route.LoaderArgs) {
  const caller = requireAdmin(args, "tokens");
  const url = new URL(args.request.url);
  const locale = localeFromPath(url.pathname);
  const now = Date.now();
  const tokens: TokenRow[] = (await args.context.get(appContext).services.tokens.list(caller)).map(
    (token) => ({
      id: token.id,
      name: token.name,
      role: token.role,
      prefix: token.prefix,
      state: token.revokedAt
        ? "revoked"
        : token.expiresAt && Date.parse(token.expiresAt) <= now
          ? "expired"
          : "live",
      createdAt: stamp(token.createdAt, locale),
      lastUsedAt: stamp(token.lastUsedAt, locale),
      expiresAt: stamp(token.expiresAt, locale),
      revokedAt: stamp(token.revokedAt, locale),
    }),
  );
  // After a revoke the page says which token; the name comes from the database, never from the URL.
  const revokedId = url.searchParams.get("revoked");
  const revoked = tokens.find((token) => token.id === revokedId && token.state === "revoked")?.name ?? null;
  return { tokens, revoked };
}

export async function action(args: Route.ActionArgs) {
  const caller = requireAdmin(args, "tokens");
  const { services } = args.context.get(appContext);
  const form = await args.request.formData();
  const url = new URL(args.request.url);
  if (form.get("intent") === "revoke") {
    const id = String(form.get("id") ?? "");
    try {
      await services.tokens.revoke(caller, id);
    } catch (error) {
      if ((error as { code?: string }).code === "NOT_FOUND") throw data(null, { status: 404 });
      throw error;
    }
    // Not `url.pathname`: a script-driven submission arrives at `/admin/tokens.data`.
    return redirect(
      `${href("/admin/tokens", localeFromPath(url.pathname))}?revoked=${encodeURIComponent(id)}`,
    );
  }
  const read = readTokenForm(form);
  if (!read.ok) return data({ errors: read.errors, values: read.values, created: null }, 400);
  const { token, view } = await services.tokens.create(caller, read.input);
  // The token's only appearance; `headers` keeps this answer out of every cache.
  return { errors: undefined, values: undefined, created: { name: view.name, token } };
}

export function meta({ location }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  return [
    { title: `${translate(locale, "admin.tokens.title")} — ${translate(locale, "site.name")}` },
    { name: "robots", content: "noindex" },
  ];
}

export default function AdminTokens({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const created = actionData?.created;
  return (
    <AdminPage title={t("admin.tokens.title")} lead={t("admin.tokens.lead")}>
      {created && <NewToken name={created.name} token={created.token} />}
      {loaderData.revoked && !created && (
        <Alert color="gray" variant="light" role="status" mb="xl">
          {t("admin.tokens.revoked", { name: loaderData.revoked })}
        </Alert>
      )}
      {/* A new key after each issued token clears the form for the next one. */}
      <TokenCreateForm
        key={created?.token ?? "form"}
        errors={actionData?.errors}
        values={actionData?.values}
      />
      <Title order={2} fz={20} mb="sm">
        {t("admin.tokens.list")}
      </Title>
      <TokensTable tokens={loaderData.tokens} />
    </AdminPage>
  );
}

export const headers = adminHeaders;
export const ErrorBoundary = AdminErrorBoundary;
