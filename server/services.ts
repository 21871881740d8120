import type { Db } from "./db/client.ts";
import { createDemoService } from "./modules/demo/demo.service.ts";
import { createIndustriesService } from "./modules/industries/industries.service.ts";
import { createInterchangeService } from "./modules/interchange/interchange.service.ts";
import { createOpportunitiesService } from "./modules/opportunities/opportunities.service.ts";
import { createOrganizationsService } from "./modules/organizations/organizations.service.ts";
import { createZonesService } from "./modules/zones/zones.service.ts";

/** Explicit wiring: every service of every module, built once and shared by the API, the pages and the CLI. */
export function createServices(deps: { db: Db }) {
  const interchange = createInterchangeService(deps);
  return {
    demo: createDemoService({ ...deps, interchange }),
    industries: createIndustriesService(deps),
    interchange,
    opportunities: createOpportunitiesService(deps),
    organizations: createOrganizationsService(deps),
    zones: createZonesService(deps),
  };
}
export type Services = ReturnType<typeof createServices>;
