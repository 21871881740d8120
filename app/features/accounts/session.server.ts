import { redirect } from "react-router";
import { type AppContext, appContext } from "#app-context";
import type { Caller } from "../../../server/platform/actor.ts";
import { href, localeFromPath } from "../../i18n/locale.ts";
import { pageUrl } from "../../page-url.ts";

type Args = { context: { get(token: typeof appContext): AppContext }; request: Request };

/** The signed-in person as a caller for services; visitors go to sign in and come back here after. */
export function requireUser({ context, request }: Args): Caller & { actor: { kind: "user" } } {
  const { actor, clientIp } = context.get(appContext);
  if (actor?.kind !== "user") {
    const url = pageUrl(request);
    const next = encodeURIComponent(url.pathname + url.search);
    throw redirect(`${href("/sign-in", localeFromPath(url.pathname))}?next=${next}`);
  }
  return {
    actor: { ...actor, kind: "user" },
    ip: clientIp,
    userAgent: request.headers.get("user-agent") ?? undefined,
  };
}
