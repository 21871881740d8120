import type { Locale } from "../../../contracts/common/localized.ts";
import type { OpportunityHit, OpportunityView } from "../../../contracts/opportunities/opportunity.ts";
import { organizationKinds } from "../../../contracts/organizations/organization.ts";
import type { Db } from "../../db/client.ts";
import type { Actor, Caller } from "../../platform/actor.ts";
import { notFound } from "../../platform/errors.ts";
import { isUuid } from "../../platform/ids.ts";
import { authorize } from "../../platform/policy.ts";
import { parseQuery } from "../../platform/search/query.ts";
import { snippetsFor } from "../../platform/search/snippet.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { roleForKind } from "../memberships/memberships.service.ts";
import { canManageOpportunity, canPostFor, mayPost, postsForAnyone } from "./opportunities.policy.ts";
import {
  findOpportunity,
  findOwners,
  listOpportunities,
  marketsInUse,
  type OpportunityFilter,
  type OpportunityOrder,
  type OpportunityRow,
} from "./opportunities.repository.ts";
import { toView } from "./opportunities.view.ts";
import { createOpportunityWrites } from "./opportunities.writes.ts";
import { reindexOpportunities } from "./reindex.ts";

export { opportunityDerived } from "./opportunities.derived.ts";
export type { OpportunityFilter, OpportunityOrder };

/** How many organizations the owner picker offers the city (partners and offices, by name). */
const OWNER_CHOICES = 500;

export function createOpportunitiesService({ db, audit }: { db: Db; audit: AuditService }) {
  async function get(id: string): Promise<OpportunityView> {
    const row = isUuid(id) ? await findOpportunity(db, id) : undefined;
    if (!row) throw notFound();
    return toView(row);
  }

  return {
    ...createOpportunityWrites({ db, audit }),

    /**
     * The public list: filtered, or with `q` searched in both languages by relevance (a Korean-only
     * opportunity is found in English and the other way round). Without `status`, every opportunity;
     * `open` keeps those still open whose deadline (a day in Korea) has not passed.
     */
    async list(
      filter: OpportunityFilter,
      page: { limit: number; offset: number },
      order: OpportunityOrder = "newest",
      options: { locale?: Locale } = {},
    ): Promise<{ items: OpportunityHit[]; total: number }> {
      const search = filter.q ? parseQuery(filter.q) : undefined;
      const { rows, total } = await listOpportunities(db, filter, page, order, search);
      if (!search) return { items: rows.map(toView), total };
      const locales: Locale[] = options.locale === "en" ? ["en", "ko"] : ["ko", "en"];
      const snippetOf = snippetsFor(search.highlights);
      return {
        items: rows.map((row) => {
          const snippet = snippetOf(sources(row, locales));
          return { ...toView(row), ...(snippet ? { snippet } : {}) };
        }),
        total,
      };
    },

    get,

    /** One opportunity for its edit form: only for those who may change it (404, then 403). */
    async forEditing(caller: Caller | undefined, id: string): Promise<OpportunityView> {
      const opportunity = await get(id);
      authorize(caller?.actor, (actor) => canManageOpportunity(actor, opportunity.owner.id));
      return opportunity;
    },

    /**
     * The organizations the actor may post for, by name, for the form's owner picker: the city gets the
     * partners and offices of the directory, others their own partner or office organizations. The first
     * one is the actor's own organization when it may post.
     */
    async postingOwners(actor: Actor | undefined) {
      if (!actor || !mayPost(actor)) return [];
      const mine = [
        ...(actor.organizationId ? [actor.organizationId] : []),
        ...(actor.memberships ?? []).map((m) => m.organizationId),
      ];
      const owners = [
        ...(mine.length > 0 ? await findOwners(db, { ids: [...new Set(mine)] }, OWNER_CHOICES) : []),
        ...(postsForAnyone(actor) ? await findOwners(db, { kinds: partnerKinds }, OWNER_CHOICES) : []),
      ].filter((owner) => canPostFor(actor, owner));
      const seen = new Set<string>();
      const unique = owners.filter((owner) => !seen.has(owner.id) && seen.add(owner.id));
      const own = unique.findIndex((owner) => owner.id === actor.organizationId);
      if (own > 0) unique.unshift(...unique.splice(own, 1));
      return unique.map((owner) => ({ id: owner.id, name: owner.name }));
    },

    /** The markets opportunities name, for the list's filter. */
    markets: () => marketsInUse(db),

    /** Whether the actor may post at all (the page's "post" button and the form's guard). */
    canPost: (actor: Actor | undefined) => actor !== undefined && mayPost(actor),
    /** Whether the actor may change, close or delete an opportunity of `ownerId`. */
    canManage: (actor: Actor | undefined, ownerId: string) =>
      actor !== undefined && canManageOpportunity(actor, ownerId),

    /** Recomputes lexemes and concepts (`missingOnly`: rows written before they existed). */
    reindex: (options: { missingOnly?: boolean } = {}) => reindexOpportunities(db, options),
  };
}
export type OpportunitiesService = ReturnType<typeof createOpportunitiesService>;

/** Kinds whose members post: partners and offices, not local companies (decision 016). */
const partnerKinds = organizationKinds.filter((kind) => roleForKind(kind) !== "company-member");

/** The texts a snippet may come from: the title first, the reader's language before the other. */
function sources({ opportunity }: OpportunityRow, locales: Locale[]) {
  return (["title", "description"] as const).flatMap((field) =>
    locales.map((locale) => ({ field, locale, text: opportunity[field]?.[locale] })),
  );
}
