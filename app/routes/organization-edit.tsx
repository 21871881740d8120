import { pickText } from "../../contracts/common/locale-text.ts";
import type { EditActionData } from "../features/organizations/edit/edit.form.ts";
import { editorAction, loadEditor } from "../features/organizations/edit/edit.server.ts";
import { EditErrorBoundary } from "../features/organizations/edit/edit-error.tsx";
import { EditPage } from "../features/organizations/edit/edit-page.tsx";
import { localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import type { Route } from "./+types/organization-edit.ts";

export const loader = (args: Route.LoaderArgs) => loadEditor(args);

export const action = (args: Route.ActionArgs) => editorAction(args);

/** The form carries contact details: neither the browser nor a proxy keeps a copy. */
export function headers() {
  return { "cache-control": "no-store" };
}

export function meta({ location, loaderData }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  const organization = loaderData ? pickText(loaderData.organization.name, locale) : "";
  return [
    { title: `${translate(locale, "orgEdit.title", { organization })} — ${translate(locale, "site.name")}` },
    { name: "robots", content: "noindex" },
  ];
}

export default function OrganizationEdit({ loaderData, actionData }: Route.ComponentProps) {
  return <EditPage data={loaderData} action={actionData as EditActionData | undefined} />;
}

export const ErrorBoundary = EditErrorBoundary;
