import compress from "@fastify/compress";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";

/**
 * Strict CSP with a fresh nonce per response (scripts and style elements only run with it);
 * style attributes stay allowed because the UI kit sets CSS variables through them.
 */
export async function registerSecurity(
  app: FastifyInstance,
  options: { production: boolean; rateLimitPerMinute: number; publicUrl?: string | undefined },
) {
  const https = options.publicUrl?.startsWith("https://") ?? false;
  await app.register(helmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        styleSrcAttr: ["'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'", ...(options.production ? [] : ["ws:"])],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // Only a site served over HTTPS may promise HTTPS: `npm start` on plain http://localhost must keep working.
    strictTransportSecurity: https ? { maxAge: 15_552_000 } : false,
    crossOriginEmbedderPolicy: false,
    // Keeps the Origin of same-site form posts (no-referrer would turn it into "null") and shares only the origin elsewhere.
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
  });
  await app.register(compress, { global: true, threshold: 1024 });
  // A global ceiling per client, as the very first request hook: refused requests (a flood of bad tokens)
  // count too and never reach the database. Routes that need tighter limits (sign-in) set their own.
  // Static files (hashed build assets, fonts, logos) are exempt: one page view fetches dozens, cheaply, and
  // counting them let a busy office behind one address run out of page views (decision 020).
  const limit = {
    max: options.rateLimitPerMinute,
    timeWindow: "1 minute",
    allowList: (request: { url: string }) => isStaticFile(request.url),
  };
  await app.register(rateLimit, { global: false, ...limit });
  app.addHook("onRequest", app.rateLimit(limit));
}

/** Immutable files served beside the pages: the web build's assets, the favicon, stored files (logos). */
export function isStaticFile(url: string): boolean {
  return url.startsWith("/assets/") || url.startsWith("/files/") || url === "/favicon.svg";
}
