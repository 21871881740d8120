import { loadNewForm, newFormAction } from "../features/opportunities/form.server.ts";
import type { OpportunityFormAction } from "../features/opportunities/form.ts";
import { OpportunityFormErrorBoundary } from "../features/opportunities/form-error.tsx";
import { OpportunityFormPage } from "../features/opportunities/form-page.tsx";
import { localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import type { Route } from "./+types/opportunity-new.ts";

export const loader = (args: Route.LoaderArgs) => loadNewForm(args);

export const action = (args: Route.ActionArgs) => newFormAction(args);

export function meta({ location }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  return [
    { title: `${translate(locale, "opportunityForm.newTitle")} — ${translate(locale, "site.name")}` },
    { name: "robots", content: "noindex" },
  ];
}

export default function OpportunityNew({ loaderData, actionData }: Route.ComponentProps) {
  return <OpportunityFormPage data={loaderData} action={actionData as OpportunityFormAction | undefined} />;
}

export const ErrorBoundary = OpportunityFormErrorBoundary;
