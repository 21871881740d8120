import type { OrganizationView } from "../../../contracts/organizations/organization.ts";
import type { Db } from "../../db/client.ts";
import { notFound } from "../../platform/errors.ts";
import { isUuid } from "../../platform/ids.ts";
import {
  countByScope,
  findByExternalIds,
  findOrganization,
  listOrganizations,
  type OrganizationFilter,
} from "./organizations.repository.ts";
import { toOrganizationView } from "./organizations.view.ts";

export function createOrganizationsService({ db }: { db: Db }) {
  return {
    async list(filter: OrganizationFilter, page: { limit: number; offset: number }) {
      const { rows, total } = await listOrganizations(db, filter, page);
      return { items: rows.map(toOrganizationView), total };
    },

    async get(id: string): Promise<OrganizationView> {
      const row = isUuid(id) ? await findOrganization(db, id) : undefined;
      if (!row) throw notFound();
      return toOrganizationView(row);
    },

    /** Looks organizations up by external id, in the order asked; missing ones are skipped. */
    async byExternalIds(externalIds: string[]): Promise<OrganizationView[]> {
      const rows = await findByExternalIds(db, externalIds);
      const byId = new Map(rows.map((row) => [row.externalId, row]));
      return externalIds.flatMap((id) => {
        const row = byId.get(id);
        return row ? [toOrganizationView(row)] : [];
      });
    },

    countByScope: () => countByScope(db),
  };
}
export type OrganizationsService = ReturnType<typeof createOrganizationsService>;
