import { asc, eq, gt, inArray } from "drizzle-orm";
import type { LocalizedText } from "../../../contracts/common/localized.ts";
import type {
  OpportunityRecord,
  OrganizationRecord,
  ZoneRecord,
} from "../../../contracts/interchange/records.ts";
import type { Db } from "../../db/client.ts";
import { isUuid } from "../../platform/ids.ts";
import { opportunities } from "../opportunities/opportunities.table.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { zones } from "../zones/zones.table.ts";

const PAGE = 2000;

/** Drops absent values so an exported line is exactly what an import of it needs. */
function compact<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(
    Object.entries(record).filter(
      ([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0),
    ),
  ) as T;
}

export async function* exportZones(db: Db): AsyncGenerator<ZoneRecord> {
  const rows = await db.select().from(zones).orderBy(asc(zones.code));
  for (const row of rows) {
    yield compact({
      type: "zone",
      code: row.code,
      name: row.name,
      designation: row.designation ?? undefined,
    });
  }
}

// Only the columns of the interchange format: not the search lexemes, contacts or other private fields.
const exported = {
  id: organizations.id,
  externalId: organizations.externalId,
  kind: organizations.kind,
  scope: organizations.scope,
  name: organizations.name,
  summary: organizations.summary,
  description: organizations.description,
  seeking: organizations.seeking,
  offering: organizations.offering,
  industries: organizations.industries,
  tags: organizations.tags,
  stage: organizations.stage,
  foundedYear: organizations.foundedYear,
  employees: organizations.employees,
  website: organizations.website,
  country: organizations.country,
  city: organizations.city,
  targetMarkets: organizations.targetMarkets,
};

type ExportedRow = Pick<typeof organizations.$inferSelect, keyof typeof exported>;

/** Pages by id so 100,000 organizations stream without holding them all in memory. */
export async function* exportOrganizations(db: Db): AsyncGenerator<OrganizationRecord> {
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await db
      .select({ organization: exported, zone: zones.code })
      .from(organizations)
      .leftJoin(zones, eq(zones.id, organizations.zoneId))
      .where(gt(organizations.id, after))
      .orderBy(asc(organizations.id))
      .limit(PAGE);
    for (const { organization, zone } of rows) yield organizationRecordOf(organization, zone);
    if (rows.length < PAGE) return;
    after = rows.at(-1)!.organization.id;
  }
}

const ID_BATCH = 1000;

/**
 * The organizations of `ids` in the order given (e.g. a directory filter's, from
 * `organizations.matchingIds`), fetched a thousand at a time; ids that no longer exist are skipped.
 */
export async function* exportOrganizationsByIds(
  db: Db,
  ids: readonly string[],
): AsyncGenerator<OrganizationRecord> {
  for (let start = 0; start < ids.length; start += ID_BATCH) {
    // Anything but a UUID cannot be an organization's id (and would make PostgreSQL refuse the query).
    const batch = ids.slice(start, start + ID_BATCH).filter(isUuid);
    const rows = await db
      .select({ organization: exported, zone: zones.code })
      .from(organizations)
      .leftJoin(zones, eq(zones.id, organizations.zoneId))
      .where(inArray(organizations.id, batch));
    const byId = new Map(rows.map((row) => [row.organization.id, row]));
    for (const id of batch) {
      const row = byId.get(id);
      if (row) yield organizationRecordOf(row.organization, row.zone);
    }
  }
}

function organizationRecordOf(o: ExportedRow, zone: string | null): OrganizationRecord {
  return compact({
    type: "organization",
    externalId: o.externalId,
    kind: o.kind,
    scope: o.scope,
    name: o.name,
    summary: text(o.summary),
    description: text(o.description),
    seeking: text(o.seeking),
    offering: text(o.offering),
    industries: o.industries,
    tags: o.tags,
    stage: o.stage ?? undefined,
    foundedYear: o.foundedYear ?? undefined,
    employees: o.employees ?? undefined,
    website: o.website ?? undefined,
    country: o.country ?? undefined,
    city: o.city ?? undefined,
    zone: zone ?? undefined,
    targetMarkets: o.targetMarkets,
  });
}

export async function* exportOpportunities(db: Db): AsyncGenerator<OpportunityRecord> {
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await db
      .select({ opportunity: opportunities, owner: organizations.externalId })
      .from(opportunities)
      .innerJoin(organizations, eq(organizations.id, opportunities.ownerId))
      .where(gt(opportunities.id, after))
      .orderBy(asc(opportunities.id))
      .limit(PAGE);
    for (const { opportunity: o, owner } of rows) {
      yield compact({
        type: "opportunity",
        externalId: o.externalId,
        owner,
        kind: o.kind,
        title: o.title,
        description: text(o.description),
        industries: o.industries,
        tags: o.tags,
        stages: o.stages,
        markets: o.markets,
        deadline: o.deadline ?? undefined,
        status: o.status,
      });
    }
    if (rows.length < PAGE) return;
    after = rows.at(-1)!.opportunity.id;
  }
}

function text(value: LocalizedText | null): LocalizedText | undefined {
  return value ?? undefined;
}
