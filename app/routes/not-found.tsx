import { data } from "react-router";
import { ErrorPage } from "../components/ui/error-page.tsx";
import { localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import type { Route } from "./+types/not-found.ts";

/** Any path no page claims: a real 404 status with the page in the URL's language. */
export function loader() {
  return data(null, { status: 404 });
}

export function meta({ location }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  return [
    { title: `${translate(locale, "error.notFound.title")} — ${translate(locale, "site.name")}` },
    { name: "robots", content: "noindex" },
  ];
}

export default function NotFound() {
  return <ErrorPage status={404} />;
}
