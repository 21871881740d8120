import "@mantine/core/styles.css";
import "pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css";
import "./app.css";
import { MantineProvider } from "@mantine/core";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  redirect,
  Scripts,
  ScrollRestoration,
  useLocation,
} from "react-router";
import { appContext } from "#app-context";
import type { Route } from "./+types/root.ts";
import { ErrorPage } from "./components/ui/error-page.tsx";
import { SiteShell } from "./components/ui/site-shell.tsx";
import { localeFromPath, pathInLocale } from "./i18n/locale.ts";
import { useNonce } from "./nonce.tsx";
import { cssVariablesResolver, theme } from "./theme.ts";

/**
 * A reader who chose English with the switch gets English pages from Korean links too;
 * search engines and first visits get the language the URL names.
 */
export function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const { publicUrl, actor } = context.get(appContext);
  const chosen = request.headers.get("cookie")?.match(/(?:^|;\s*)lang=(ko|en)(?:;|$)/)?.[1];
  if (chosen === "en" && localeFromPath(url.pathname) === "ko" && url.pathname !== "/language") {
    throw redirect(pathInLocale(url.pathname, "en") + url.search);
  }
  // Abilities reach the page so links and buttons match what the server will allow.
  const abilities = { admin: actor?.role === "admin" };
  return { publicUrl, user: actor?.kind === "user" ? { email: actor.label } : null, abilities };
}

export function Layout({ children }: { children: React.ReactNode }) {
  const locale = localeFromPath(useLocation().pathname);
  const nonce = useNonce();
  return (
    <html lang={locale} data-mantine-color-scheme="light">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <Meta />
        <Links />
      </head>
      <body>
        <MantineProvider
          theme={theme}
          cssVariablesResolver={cssVariablesResolver}
          forceColorScheme="light"
          getStyleNonce={() => nonce.style}
        >
          <SiteShell>{children}</SiteShell>
        </MantineProvider>
        <ScrollRestoration nonce={nonce.script} />
        <Scripts nonce={nonce.script} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return <ErrorPage status={status === 404 ? 404 : 500} />;
}
