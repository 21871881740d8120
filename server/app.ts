import { randomUUID } from "node:crypto";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { Config } from "./config.ts";
import type { Database } from "./db/client.ts";
import { accountsRoutes } from "./modules/accounts/accounts.routes.ts";
import { auditRoutes } from "./modules/audit/audit.routes.ts";
import { industriesRoutes } from "./modules/industries/industries.routes.ts";
import { interchangeRoutes } from "./modules/interchange/interchange.routes.ts";
import { introductionsRoutes } from "./modules/introductions/introductions.routes.ts";
import { matchingRoutes } from "./modules/matching/matching.routes.ts";
import { membershipsRoutes } from "./modules/memberships/memberships.routes.ts";
import { officesRoutes } from "./modules/offices/offices.routes.ts";
import { opportunitiesRoutes } from "./modules/opportunities/opportunities.routes.ts";
import { curationRoutes } from "./modules/organizations/curation.routes.ts";
import { logoRoutes } from "./modules/organizations/logo.routes.ts";
import { organizationsRoutes } from "./modules/organizations/organizations.routes.ts";
import { peopleRoutes } from "./modules/people/people.routes.ts";
import { dashboardRoutes } from "./modules/support-requests/dashboard.routes.ts";
import { referralsRoutes } from "./modules/support-requests/referrals.routes.ts";
import { supportRequestsRoutes } from "./modules/support-requests/support-requests.routes.ts";
import { workflowRoutes } from "./modules/support-requests/workflow.routes.ts";
import { tokensRoutes } from "./modules/tokens/tokens.routes.ts";
import { zonesRoutes } from "./modules/zones/zones.routes.ts";
import { AppError } from "./platform/errors.ts";
import { registerFiles } from "./platform/files/serve.ts";
import { createFileStorage } from "./platform/files/storage.ts";
import { denyByDefault } from "./platform/http/access.ts";
import { authenticationHook } from "./platform/http/authenticate.ts";
import { registerErrorHandling } from "./platform/http/error-handler.ts";
import { registerOpenApi } from "./platform/http/openapi.ts";
import { registerSecurity } from "./platform/http/security.ts";
import { zodValidatorCompiler } from "./platform/http/validation.ts";
import { registerWeb, type WebOptions } from "./platform/http/web.ts";
import type { Jobs } from "./platform/jobs/jobs.ts";
import { createServices, type Services } from "./services.ts";

export type AppDeps = {
  config: Pick<Config, "production" | "logLevel" | "publicUrl" | "trustProxy" | "rateLimitPerMinute"> &
    Partial<Pick<Config, "smtpUrl" | "mailFrom" | "authSecret" | "authRateLimit" | "dataDir" | "s3">> & {
      port?: number;
    };
  database: Database;
  /** Serve the React Router pages too; API-only when omitted (most route tests). */
  web?: WebOptions;
  /** The job queue (started by main.ts); without it mail is written to the outbox and sent inline if SMTP is set. */
  jobs?: Jobs;
};

export type App = FastifyInstance & { services: Services };

/** Builds the whole HTTP application without listening: main.ts listens, tests use app.inject(). */
export async function buildApp(deps: AppDeps): Promise<App> {
  const app = Fastify({
    logger: {
      level: deps.config.logLevel,
      redact: ["req.headers.authorization", "req.headers.cookie"],
    },
    genReqId: (request) => {
      const incoming = request.headers["x-request-id"];
      return typeof incoming === "string" && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    },
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1_048_576,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest("actor", undefined);
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
  registerErrorHandling(app);

  const baseURL = deps.config.publicUrl ?? `http://localhost:${deps.config.port ?? 3000}`;
  const services = createServices({
    db: deps.database.db,
    baseURL,
    mail: { smtpUrl: deps.config.smtpUrl, from: deps.config.mailFrom, jobs: deps.jobs, log: app.log },
    auth: { secret: deps.config.authSecret, rateLimit: deps.config.authRateLimit },
    files: createFileStorage(deps.config),
  });
  // This process delivers mail: the queue exists before the first request can send any.
  await services.mail.startWorker();
  // SLA warnings, breaches and automatic closing (and the sweep every five minutes) run here too.
  await services.supportRequests.startWorker();
  // Security first: the rate limit is the first request hook, before authentication looks anything up.
  await registerSecurity(app, deps.config);
  const authenticate = authenticationHook(services.tokens.authenticate, services.accounts.actorFromSession, [
    new URL(baseURL).host,
  ]);
  await registerOpenApi(app);

  app.get("/healthz", { config: { public: true }, schema: { hide: true } }, async (_request, reply) => {
    await deps.database.pool.query("select 1");
    return reply.header("cache-control", "no-store").send({ status: "ok" });
  });
  // Uploaded files (logos), public and outside the API: GET /files/<key>.
  registerFiles(app, services.files);

  await app.register(
    async (api) => {
      api.addHook("onRequest", authenticate);
      denyByDefault(api);
      await api.register(organizationsRoutes(services.organizations));
      await api.register(curationRoutes(services.organizations));
      await api.register(logoRoutes(services.logos, services.organizations));
      await api.register(peopleRoutes(services.people, services.organizations.canEdit));
      await api.register(opportunitiesRoutes(services.opportunities));
      await api.register(matchingRoutes(services.matching));
      await api.register(zonesRoutes(services.zones));
      await api.register(industriesRoutes(services.industries));
      await api.register(tokensRoutes(services.tokens));
      await api.register(membershipsRoutes(services.memberships));
      await api.register(auditRoutes(services.audit));
      await api.register(interchangeRoutes(services.interchange));
      await api.register(introductionsRoutes(services.introductions));
      await api.register(supportRequestsRoutes(services.supportRequests));
      await api.register(referralsRoutes(services.supportRequests));
      await api.register(workflowRoutes(services.supportRequests));
      await api.register(dashboardRoutes(services.supportRequests));
      await api.register(officesRoutes(services.offices));
      // Unknown API paths answer in JSON rather than falling through to the web pages.
      api.all("/*", { config: { public: true }, schema: { hide: true } }, async () => {
        throw new AppError("ROUTE_NOT_FOUND");
      });
    },
    { prefix: "/api/v1" },
  );

  await app.register(accountsRoutes(services.accounts, baseURL));
  if (deps.web) await registerWeb(app, services, { ...deps.web, authenticate }, deps.config.publicUrl);
  return Object.assign(app, { services }) as unknown as App;
}
