import { DEFAULT_MAIL_FROM } from "./config.ts";
import type { Db } from "./db/client.ts";
import { createAccountsService } from "./modules/accounts/accounts.service.ts";
import { createAuditService } from "./modules/audit/audit.service.ts";
import { createDemoService } from "./modules/demo/demo.service.ts";
import { createIndustriesService } from "./modules/industries/industries.service.ts";
import { createInterchangeService } from "./modules/interchange/interchange.service.ts";
import { createIntroductionsService } from "./modules/introductions/introductions.service.ts";
import { createMatchingService } from "./modules/matching/matching.service.ts";
import { createMembershipsService } from "./modules/memberships/memberships.service.ts";
import { createOfficesService } from "./modules/offices/offices.service.ts";
import { createOpportunitiesService } from "./modules/opportunities/opportunities.service.ts";
import { createLogoService } from "./modules/organizations/logo.service.ts";
import { createOrganizationsService } from "./modules/organizations/organizations.service.ts";
import { createPeopleService } from "./modules/people/people.service.ts";
import { createSupportRequestsService } from "./modules/support-requests/support-requests.service.ts";
import { createTokensService } from "./modules/tokens/tokens.service.ts";
import { createZonesService } from "./modules/zones/zones.service.ts";
import { createFileStorage, type FileStorage } from "./platform/files/storage.ts";
import type { Jobs } from "./platform/jobs/jobs.ts";
import { createMailService, type MailLog } from "./platform/mail/mail.service.ts";
import { smtpTransport } from "./platform/mail/transport.ts";

/** Explicit wiring: every service of every module, built once and shared by the API, the pages and the CLI. */
export type ServiceDeps = {
  db: Db;
  /** The site's origin for sign-in cookies and links in e-mail; the CLI, which serves no pages, may omit it. */
  baseURL?: string | undefined;
  /** Mail: SMTP when `smtpUrl` is set, else the outbox only; delivered by `jobs` when given (the server). */
  mail?: { smtpUrl?: string | undefined; from?: string | undefined; jobs?: Jobs | undefined; log?: MailLog };
  /** Sign-in: the cookie-signing secret (else one kept in the database) and whether rate limits apply. */
  auth?: { secret?: string | undefined; rateLimit?: boolean | undefined };
  /** Uploaded files (`createFileStorage(config)`: S3 or DATA_DIR/files); ./data/files when omitted. */
  files?: FileStorage | undefined;
};

export function createServices({
  baseURL = "http://localhost:3000",
  mail: mailDeps,
  auth,
  files = createFileStorage(),
  ...deps
}: ServiceDeps) {
  const audit = createAuditService(deps);
  const mail = createMailService({
    db: deps.db,
    from: mailDeps?.from ?? DEFAULT_MAIL_FROM,
    transport: mailDeps?.smtpUrl ? smtpTransport(mailDeps.smtpUrl) : undefined,
    jobs: mailDeps?.jobs,
    log: mailDeps?.log,
  });
  const interchange = createInterchangeService({ ...deps, audit, log: mailDeps?.log });
  const memberships = createMembershipsService({ ...deps, audit, mail, baseURL });
  const organizations = createOrganizationsService({ ...deps, audit });
  const offices = createOfficesService({ ...deps, audit });
  return {
    accounts: createAccountsService({
      ...deps,
      baseURL,
      secret: auth?.secret,
      rateLimit: auth?.rateLimit ?? true,
      mail,
      audit,
      membershipsOf: memberships.membershipsOf,
    }),
    audit,
    demo: createDemoService({ ...deps, interchange, offices, audit }),
    files,
    industries: createIndustriesService(deps),
    interchange,
    introductions: createIntroductionsService({ ...deps, audit, mail, baseURL }),
    logos: createLogoService({ ...deps, audit, storage: files, canEdit: organizations.canEdit }),
    matching: createMatchingService({ ...deps, audit }),
    memberships,
    mail,
    offices,
    opportunities: createOpportunitiesService({ ...deps, audit }),
    organizations,
    people: createPeopleService({ ...deps, audit, organizations }),
    supportRequests: createSupportRequestsService({
      ...deps,
      audit,
      mail,
      files,
      jobs: mailDeps?.jobs,
      baseURL,
    }),
    tokens: createTokensService({ ...deps, audit }),
    zones: createZonesService(deps),
  };
}
export type Services = ReturnType<typeof createServices>;
