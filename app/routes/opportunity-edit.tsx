import { editFormAction, loadEditForm } from "../features/opportunities/form.server.ts";
import type { OpportunityFormAction } from "../features/opportunities/form.ts";
import { OpportunityFormErrorBoundary } from "../features/opportunities/form-error.tsx";
import { OpportunityFormPage } from "../features/opportunities/form-page.tsx";
import { localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import type { Route } from "./+types/opportunity-edit.ts";

export const loader = (args: Route.LoaderArgs) => loadEditForm(args);

export const action = (args: Route.ActionArgs) => editFormAction(args);

export function meta({ location }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  return [
    { title: `${translate(locale, "opportunityForm.editTitle")} — ${translate(locale, "site.name")}` },
    { name: "robots", content: "noindex" },
  ];
}

export default function OpportunityEdit({ loaderData, actionData }: Route.ComponentProps) {
  return <OpportunityFormPage data={loaderData} action={actionData as OpportunityFormAction | undefined} />;
}

export const ErrorBoundary = OpportunityFormErrorBoundary;

/** The form holds what only the owner's members may see changed: no cache keeps it. */
export function headers() {
  return { "cache-control": "no-store" };
}
