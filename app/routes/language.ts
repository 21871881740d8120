import { redirect } from "react-router";
import { isLocale } from "../../contracts/common/locale-text.ts";
import { pathInLocale } from "../i18n/locale.ts";
import type { Route } from "./+types/language.ts";

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * The language switch: remembers the choice in a cookie and goes to the same page in that language.
 * A plain link, so it works without JavaScript. Only same-site paths are accepted as targets.
 */
export function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const lang = url.searchParams.get("lang");
  const to = url.searchParams.get("to") ?? "/";
  const locale = isLocale(lang) ? lang : "ko";
  const target = to.startsWith("/") && !to.startsWith("//") ? to : "/";
  const [pathname, search = ""] = target.split("?");
  const destination = pathInLocale(pathname ?? "/", locale) + (search ? `?${search}` : "");
  return redirect(destination, {
    headers: { "Set-Cookie": `lang=${locale}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax; HttpOnly` },
  });
}
