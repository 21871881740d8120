import { pickText } from "../../contracts/common/locale-text.ts";
import { ForbiddenErrorBoundary } from "../components/ui/forbidden-page.tsx";
import type { SettingsAction } from "../features/offices/settings.form.ts";
import { loadSettings, settingsAction } from "../features/offices/settings.server.ts";
import { SettingsPage } from "../features/offices/settings-page.tsx";
import { localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import type { Route } from "./+types/office-settings.ts";

export const loader = (args: Route.LoaderArgs) => loadSettings(args);

/** Saves the office or one person's skills: the offices service checks who may. */
export const action = (args: Route.ActionArgs) => settingsAction(args);

export function meta({ location, loaderData }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  const office = loaderData ? pickText(loaderData.name, locale) : "";
  return [
    {
      title: `${translate(locale, "offices.settings.title", { office })} — ${translate(locale, "site.name")}`,
    },
    { name: "robots", content: "noindex" },
  ];
}

export default function OfficeSettings({ loaderData, actionData }: Route.ComponentProps) {
  return <SettingsPage data={loaderData} action={actionData as SettingsAction | undefined} />;
}

/** The staff's names and e-mail addresses: no cache keeps the page. */
export function headers() {
  return { "cache-control": "no-store" };
}

/** Neither the city admin nor an owner of the office's organization (403), or no such office (404). */
export function ErrorBoundary() {
  return (
    <ForbiddenErrorBoundary
      forbidden={() => ({
        title: "offices.forbidden.title",
        body: "offices.forbidden.body",
        next: { to: "/offices", label: "offices.all" },
      })}
    />
  );
}
