import type { OrganizationView } from "../../../contracts/organizations/organization.ts";
import type { OrganizationRow } from "./organizations.repository.ts";

/** The public face of a row: what the API and the pages may show to anyone. */
export function toOrganizationView(row: OrganizationRow): OrganizationView {
  return {
    id: row.id,
    externalId: row.externalId,
    kind: row.kind,
    scope: row.scope,
    name: row.name,
    summary: row.summary,
    description: row.description,
    seeking: row.seeking,
    offering: row.offering,
    industries: row.industries,
    tags: row.tags,
    stage: row.stage,
    foundedYear: row.foundedYear,
    employees: row.employees,
    website: row.website,
    country: row.country,
    city: row.city,
    zone: row.zoneCode,
    targetMarkets: row.targetMarkets,
    updatedAt: row.updatedAt.toISOString(),
  };
}
