import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { LocalizedText } from "../../../contracts/common/localized.ts";
import type { DuplicateGroup } from "../../../contracts/organizations/edit.ts";
import type { Db, Tx } from "../../db/client.ts";
import { introductions } from "../introductions/introductions.table.ts";
import { matchFeedback } from "../matching/matching.table.ts";
import {
  organizationClaims,
  organizationInvitations,
  organizationMembers,
} from "../memberships/memberships.table.ts";
import { offices } from "../offices/offices.table.ts";
import { opportunities } from "../opportunities/opportunities.table.ts";
import { people } from "../people/people.table.ts";
import { supportReferrals, supportRequests } from "../support-requests/support-requests.table.ts";
import { apiTokens } from "../tokens/tokens.table.ts";
import { derivedColumns } from "./organizations.derived.ts";
import type { OrganizationRow } from "./organizations.repository.ts";
import { organizations } from "./organizations.table.ts";
import { organizationMerges, organizationRevisions } from "./revisions.table.ts";

const GROUPS = 100;

/**
 * Organizations sharing a key: the business registration number, the website's domain, or a name
 * normalized in either language (ZUMO Inc. = 주식회사 주모 only if both names reduce to the same key).
 * Each key is one indexed GROUP BY, so this stays fast on the whole directory.
 */
export async function findDuplicateGroups(
  db: Db,
  options: { organizationId?: string } = {},
): Promise<DuplicateGroup[]> {
  const only = options.organizationId;
  const keyed = (reason: DuplicateGroup["reason"], key: ReturnType<typeof sql>) =>
    db
      .execute<{ key: string; ids: string[] }>(sql`
      select k.key, array_agg(k.id order by k.id) as ids from (
        select ${key} as key, ${organizations.id} as id from ${organizations}
      ) k where k.key is not null and k.key <> ''
      ${only ? sql`and k.key in (select ${key} from ${organizations} where ${organizations.id} = ${only})` : sql``}
      group by k.key having count(*) > 1 order by count(*) desc, k.key limit ${GROUPS}`)
      .then((result) => result.rows.map((row) => ({ reason, key: row.key, ids: row.ids })));
  const groups = [
    ...(await keyed("registration-number", sql`${organizations.registrationNumber}`)),
    ...(await keyed("domain", sql`${organizations.domain}`)),
    ...(await keyed("name", sql`unnest(${organizations.nameKeys})`)),
  ];
  const ids = [...new Set(groups.flatMap((group) => group.ids))];
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: organizations.id,
      externalId: organizations.externalId,
      name: organizations.name,
      kind: organizations.kind,
      updatedAt: organizations.updatedAt,
    })
    .from(organizations)
    .where(inArray(organizations.id, ids));
  const byId = new Map(rows.map((row) => [row.id, { ...row, updatedAt: row.updatedAt.toISOString() }]));
  // The same pair found by several keys is shown once, under its strongest reason.
  const seen = new Set<string>();
  return groups.flatMap((group) => {
    const signature = group.ids.join(",");
    if (seen.has(signature)) return [];
    seen.add(signature);
    return [
      { reason: group.reason, key: group.key, organizations: group.ids.flatMap((id) => byId.get(id) ?? []) },
    ];
  });
}

/**
 * Everything that points at an organization, and how to move it to another. A test compares this list
 * with PostgreSQL's foreign keys, so a new table that references organizations cannot be forgotten.
 */
export const relinks: {
  table: string;
  column: string;
  move: (tx: Tx, from: string, to: string) => Promise<number>;
}[] = [
  { table: "opportunities", column: "owner_id", move: moveColumn(opportunities, opportunities.ownerId) },
  { table: "people", column: "organization_id", move: moveColumn(people, people.organizationId) },
  {
    table: "organization_claims",
    column: "organization_id",
    move: moveColumn(organizationClaims, organizationClaims.organizationId),
  },
  {
    table: "organization_invitations",
    column: "organization_id",
    // An open invitation to the duplicate would let someone in without the city deciding: revoked, kept.
    move: async (tx, from, to) => {
      await tx
        .update(organizationInvitations)
        .set({ revokedAt: new Date() })
        .where(
          and(
            eq(organizationInvitations.organizationId, from),
            isNull(organizationInvitations.acceptedAt),
            isNull(organizationInvitations.revokedAt),
          ),
        );
      return moveColumn(organizationInvitations, organizationInvitations.organizationId)(tx, from, to);
    },
  },
  { table: "introductions", column: "company_id", move: moveColumn(introductions, introductions.companyId) },
  { table: "introductions", column: "partner_id", move: moveColumn(introductions, introductions.partnerId) },
  {
    table: "introductions",
    column: "requested_for",
    move: moveColumn(introductions, introductions.requestedFor),
  },
  { table: "introductions", column: "office_id", move: moveColumn(introductions, introductions.officeId) },
  {
    table: "support_requests",
    column: "company_id",
    move: moveColumn(supportRequests, supportRequests.companyId),
  },
  {
    table: "support_referrals",
    column: "partner_organization_id",
    move: moveColumn(supportReferrals, supportReferrals.partnerOrganizationId),
  },
  // One desk per organization: the duplicate's desk moves only when the survivor has none.
  {
    table: "offices",
    column: "organization_id",
    move: async (tx, from, to) => {
      const [taken] = await tx.select({ id: offices.id }).from(offices).where(eq(offices.organizationId, to));
      return taken ? 0 : moveColumn(offices, offices.organizationId)(tx, from, to);
    },
  },
  // A verdict the survivor already gave on the same pair wins over the duplicate's (one per pair and side).
  {
    table: "match_feedback",
    column: "organization_id",
    move: async (tx, from, to) => {
      await tx.execute(sql`
        delete from ${matchFeedback} f
         where f.organization_id = ${from}
           and exists (select 1 from ${matchFeedback} t
                        where t.organization_id = ${to} and t.side = f.side
                          and t.opportunity_id is not distinct from f.opportunity_id
                          and t.partner_id is not distinct from f.partner_id)`);
      return moveColumn(matchFeedback, matchFeedback.organizationId)(tx, from, to);
    },
  },
  {
    table: "match_feedback",
    column: "partner_id",
    move: async (tx, from, to) => {
      await tx.execute(sql`
        delete from ${matchFeedback} f
         where f.partner_id = ${from}
           and exists (select 1 from ${matchFeedback} t
                        where t.partner_id = ${to} and t.side = f.side and t.organization_id = f.organization_id)`);
      const moved = await moveColumn(matchFeedback, matchFeedback.partnerId)(tx, from, to);
      // A partner merged into the company it was judged against leaves a verdict about itself: meaningless.
      await tx.execute(sql`delete from ${matchFeedback} where partner_id = organization_id`);
      return moved;
    },
  },
  {
    table: "organization_revisions",
    column: "organization_id",
    move: moveColumn(organizationRevisions, organizationRevisions.organizationId),
  },
  {
    table: "organization_merges",
    column: "target_id",
    move: moveColumn(organizationMerges, organizationMerges.targetId),
  },
  {
    table: "api_tokens",
    column: "organization_id",
    // A token issued for the duplicate must not start acting for the organization that stays: revoked, kept.
    move: async (tx, from, to) => {
      await tx
        .update(apiTokens)
        .set({ revokedAt: new Date() })
        .where(and(eq(apiTokens.organizationId, from), isNull(apiTokens.revokedAt)));
      return moveColumn(apiTokens, apiTokens.organizationId)(tx, from, to);
    },
  },
  {
    table: "organization_members",
    column: "organization_id",
    // Representing the duplicate (often a squatted or stale listing) is not representing the organization
    // that stays: its members who are not members there get a pending claim for the city to decide.
    move: async (tx, from, to) => {
      const claims = await tx.execute(sql`
        insert into ${organizationClaims} (organization_id, user_id, status, reason)
        select ${to}, s.user_id, 'pending', 'member of a merged duplicate'
          from ${organizationMembers} s
         where s.organization_id = ${from}
           and not exists (select 1 from ${organizationMembers} t where t.organization_id = ${to} and t.user_id = s.user_id)
           and not exists (select 1 from ${organizationClaims} c
                            where c.organization_id = ${to} and c.user_id = s.user_id and c.status = 'pending')`);
      await tx.delete(organizationMembers).where(eq(organizationMembers.organizationId, from));
      return claims.rowCount ?? 0;
    },
  },
];

/**
 * Points `column` of `table` at the organization that stays. Through the query builder, so the
 * database's snake_case names come from Drizzle's casing (a raw identifier would be the camelCase key).
 */
function moveColumn<T extends PgTable>(table: T, column: PgColumn) {
  return async (tx: Tx, from: string, to: string) => {
    const result = await tx
      .update(table)
      .set({ [column.name]: to } as never)
      .where(eq(column, from));
    return result.rowCount ?? 0;
  };
}

const localizedFields = ["name", "summary", "description", "seeking", "offering"] as const;
const scalarFields = [
  "stage",
  "foundedYear",
  "employees",
  "website",
  "country",
  "city",
  "zoneId",
  "logoKey",
  "contactEmail",
  "contactPhone",
  "registrationNumber",
] as const;
const listFields = ["industries", "tags", "targetMarkets"] as const;

/**
 * Merges `source` into `target` inside the caller's transaction: the target keeps its values and takes
 * the source's where it has none (per language for texts; lists are united); every reference moves;
 * the source's whole record is kept in organization_merges; then the source is deleted.
 */
export async function mergeOrganizations(
  tx: Tx,
  target: OrganizationRow,
  source: OrganizationRow,
  mergedBy: string,
) {
  const values: Record<string, unknown> = {};
  // A text taken from the duplicate keeps its "machine-translated" mark.
  const translated = new Set(target.machineTranslated);
  for (const field of localizedFields) {
    const filled = { ...(source[field] ?? {}), ...(target[field] ?? {}) } as LocalizedText;
    if (Object.keys(filled).length > 0 && JSON.stringify(filled) !== JSON.stringify(target[field]))
      values[field] = filled;
    for (const locale of ["ko", "en"] as const) {
      const mark = `${field}.${locale}`;
      if (target[field]?.[locale] === undefined && source.machineTranslated.includes(mark))
        translated.add(mark);
    }
  }
  if (translated.size !== target.machineTranslated.length) values.machineTranslated = [...translated];
  for (const field of scalarFields)
    if (target[field] == null && source[field] != null) values[field] = source[field];
  for (const field of listFields) {
    const union = [...new Set([...target[field], ...source[field]])];
    if (union.length !== target[field].length) values[field] = union;
  }
  const relinked: Record<string, number> = {};
  for (const relink of relinks) {
    const moved = await relink.move(tx, source.id, target.id);
    if (moved > 0) relinked[relink.table] = moved;
  }
  const { zoneCode: _zone, ...snapshot } = source;
  await tx.insert(organizationMerges).values({
    targetId: target.id,
    sourceId: source.id,
    sourceExternalId: source.externalId,
    snapshot: snapshot as Record<string, unknown>,
    relinked,
    mergedBy,
  });
  await tx.delete(organizations).where(and(eq(organizations.id, source.id), ne(organizations.id, target.id)));
  const merged = { ...target, ...values } as OrganizationRow;
  await tx
    .update(organizations)
    .set({ ...values, ...derivedColumns(merged), updatedAt: new Date() })
    .where(eq(organizations.id, target.id));
  return { relinked, filled: Object.keys(values) };
}
