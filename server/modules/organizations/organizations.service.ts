import type { Locale } from "../../../contracts/common/localized.ts";
import type {
  FacetCounts,
  OrganizationHit,
  OrganizationView,
} from "../../../contracts/organizations/organization.ts";
import type { Db } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { notFound } from "../../platform/errors.ts";
import { isUuid } from "../../platform/ids.ts";
import { parseQuery } from "../../platform/search/query.ts";
import { snippetsFor } from "../../platform/search/snippet.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { createCuration } from "./curation.ts";
import { createFacetIndex } from "./facet-index.ts";
import { canEditOrganization, canSeeContacts } from "./organizations.policy.ts";
import {
  countByScope,
  findByExternalIds,
  findOrganization,
  listOrganizations,
  matchingIds,
  mergedInto,
  type OrganizationFilter,
  type OrganizationRow,
  type Page,
} from "./organizations.repository.ts";
import { toOrganizationView } from "./organizations.view.ts";
import { reindexOrganizations } from "./reindex.ts";

export { lockDirectory } from "./directory-version.ts";
export { derivedColumns } from "./organizations.derived.ts";

const snippetFields = ["name", "summary", "offering", "seeking", "description"] as const;

export function createOrganizationsService({ db, audit }: { db: Db; audit: AuditService }) {
  const facetIndex = createFacetIndex(db);
  return {
    ...createCuration({ db, audit }),

    /** The public directory: filtered by name, or with `q` searched in both languages by relevance. */
    async list(
      filter: OrganizationFilter,
      page: Page,
      options: { locale?: Locale } = {},
    ): Promise<{ items: OrganizationHit[]; total: number }> {
      const search = filter.q ? parseQuery(filter.q) : undefined;
      const { rows, total } = await listOrganizations(db, filter, page, search);
      if (!search) return { items: rows.map((row) => toOrganizationView(row)), total };
      const locales: Locale[] = options.locale === "en" ? ["en", "ko"] : ["ko", "en"];
      const snippetOf = snippetsFor(search.highlights);
      return {
        items: rows.map((row) => {
          const snippet = snippetOf(sources(row, locales));
          return { ...toOrganizationView(row), ...(snippet ? { snippet } : {}) };
        }),
        total,
      };
    },

    /** Facet counts for the directory's filters (each facet ignores its own filter). */
    facets(filter: OrganizationFilter): Promise<FacetCounts> {
      const search = filter.q ? parseQuery(filter.q) : undefined;
      return facetIndex.counts(filter, search);
    },

    /** One organization; contact details only for those allowed to see them. */
    async get(id: string, actor?: Actor): Promise<OrganizationView> {
      const row = isUuid(id) ? await findOrganization(db, id) : undefined;
      if (!row) throw notFound();
      return toOrganizationView(row, { contact: canSeeContacts(actor, row.id) });
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

    /** The organization a merged duplicate (by id or external id) now lives on, if it was merged. */
    mergedInto: (idOrExternalId: string) => mergedInto(db, idOrExternalId),

    /** Recomputes search and duplicate columns (all rows, or only those that lack them). */
    reindex: (options: Parameters<typeof reindexOrganizations>[1] = {}) => reindexOrganizations(db, options),

    /** Ids of every organization matching the filter, in the order the directory shows them. */
    matchingIds(filter: OrganizationFilter): Promise<string[]> {
      return matchingIds(db, filter, filter.q ? parseQuery(filter.q) : undefined);
    },

    /** Whether the actor may see contact details of the organization (and of its people). */
    canSeeContacts: (actor: Actor | undefined, organizationId: string) =>
      canSeeContacts(actor, organizationId),
    /** Whether the actor may edit the organization: its members and the city. */
    canEdit: (actor: Actor | undefined, organizationId: string) =>
      actor !== undefined && canEditOrganization(actor, organizationId),
  };
}
export type OrganizationsService = ReturnType<typeof createOrganizationsService>;

/** The texts a snippet may come from: names first, the reader's language before the other. */
function sources(row: OrganizationRow, locales: Locale[]) {
  return snippetFields.flatMap((field) =>
    locales.map((locale) => ({ field, locale, text: row[field]?.[locale] })),
  );
}
