import { createContext } from "react-router";
import type { Locale } from "../contracts/common/locale-text.ts";
import type { Actor } from "../server/platform/actor.ts";
import type { Services } from "../server/services.ts";

/**
 * What the Fastify server hands every loader and action: the same services the JSON API uses,
 * called in-process. Server and app import this module through `#app-context` so both see one token.
 */
export type AppContext = {
  services: Services;
  /** The reader's preferred language from cookie or Accept-Language; the URL decides the page language. */
  preferredLocale: Locale;
  /** Per-response CSP nonces for inline <script> and <style> elements. */
  cspNonce: { script: string; style: string };
  requestId: string;
  /** Who is signed in (session cookie), resolved by the server before the page runs. */
  actor: Actor | undefined;
  /** The client address as Fastify resolved it (TRUST_PROXY aware), for per-client rate limits. */
  clientIp: string;
  publicUrl: string;
};

export const appContext = createContext<AppContext>();
