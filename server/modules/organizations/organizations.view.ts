import type { OrganizationView } from "../../../contracts/organizations/organization.ts";
import type { OrganizationRow } from "./organizations.repository.ts";

/** Where stored files are served from (server/platform/files). */
export const filesPath = "/files";

/** The public face of a row; contact details only when the caller may see them. */
export function toOrganizationView(
  row: OrganizationRow,
  options: { contact?: boolean } = {},
): OrganizationView {
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
    logoUrl: row.logoKey ? `${filesPath}/${row.logoKey}` : null,
    machineTranslated: row.machineTranslated,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    ...(options.contact ? { contact: { email: row.contactEmail, phone: row.contactPhone } } : {}),
  };
}
