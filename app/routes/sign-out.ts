import { redirect } from "react-router";
import { appContext } from "#app-context";
import { callAuth, redirectWithCookies } from "../features/accounts/accounts.server.ts";
import { href, localeFromPath } from "../i18n/locale.ts";
import type { Route } from "./+types/sign-out.ts";

/** Signing out is a POST (a form button), so a link or an image on another site cannot sign anyone out. */
export async function action({ context, request }: Route.ActionArgs) {
  const answer = await callAuth(context.get(appContext), request, "/sign-out", {});
  return redirectWithCookies(href("/", localeFromPath(new URL(request.url).pathname)), answer);
}

export function loader({ request }: Route.LoaderArgs) {
  return redirect(href("/", localeFromPath(new URL(request.url).pathname)));
}
