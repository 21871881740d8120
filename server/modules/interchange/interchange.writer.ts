import { getTableColumns, inArray, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type {
  InterchangeRecord,
  OpportunityRecord,
  OrganizationRecord,
  RecordType,
  ZoneRecord,
} from "../../../contracts/interchange/records.ts";
import type { Db, Tx } from "../../db/client.ts";
import { opportunityDerived } from "../opportunities/opportunities.service.ts";
import { opportunities } from "../opportunities/opportunities.table.ts";
import { derivedColumns, lockDirectory } from "../organizations/organizations.service.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { zones } from "../zones/zones.table.ts";

export type ImportCounts = Record<RecordType, { created: number; updated: number }>;
const CHUNK = 1000;

// One writer at a time, across processes (server and CLI): two files upserting the same records in
// different orders could otherwise deadlock.
const WRITE_LOCK = 4471204;

/** Writes validated records in one transaction: zones, then organizations, then opportunities. */
export async function writeRecords(
  db: Db,
  records: InterchangeRecord[],
  /** Runs inside the same transaction once everything is written, e.g. to audit the import. */
  afterWrite?: (tx: Tx, counts: ImportCounts) => Promise<void>,
  /**
   * Called after each chunk with the number of records written so far. It runs outside the
   * transaction's connection (use `db`), so a progress bar can show rows nobody else sees yet.
   */
  onProgress?: (processed: number) => void | Promise<void>,
): Promise<ImportCounts> {
  const counts: ImportCounts = {
    zone: { created: 0, updated: 0 },
    organization: { created: 0, updated: 0 },
    opportunity: { created: 0, updated: 0 },
  };
  const byType = <T extends RecordType>(type: T) =>
    records.filter((record): record is Extract<InterchangeRecord, { type: T }> => record.type === type);

  let processed = 0;
  const progressed = async (written: number) => {
    processed += written;
    await onProgress?.(processed);
  };

  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${WRITE_LOCK})`);
    await lockDirectory(tx);
    const now = new Date();
    for (const chunk of chunks(byType("zone"))) {
      const rows = await tx
        .insert(zones)
        .values(chunk.map((record) => zoneRow(record, now)))
        .onConflictDoUpdate({ target: zones.code, set: excludedSet(zones, ["id", "code", "createdAt"]) })
        .returning({ inserted: sql<boolean>`(xmax = 0)` });
      tally(counts.zone, rows);
      await progressed(chunk.length);
    }
    const zoneIds = await idsBy(
      tx,
      zones,
      zones.code,
      byType("organization").flatMap((r) => r.zone ?? []),
    );
    for (const chunk of chunks(byType("organization"))) {
      const rows = await tx
        .insert(organizations)
        .values(chunk.map((record) => organizationRow(record, zoneIds, now)))
        .onConflictDoUpdate({
          target: organizations.externalId,
          // What the interchange format does not carry (logo, contacts, verification) survives a re-import;
          // machine-translation marks only where the import left that text as it was.
          set: {
            ...excludedSet(organizations, [
              "id",
              "externalId",
              "createdAt",
              "logoKey",
              "contactEmail",
              "contactPhone",
              "registrationNumber",
              "verifiedAt",
            ]),
            machineTranslated: unchangedMarks(organizations.machineTranslated, {
              name: organizations.name,
              summary: organizations.summary,
              description: organizations.description,
              seeking: organizations.seeking,
              offering: organizations.offering,
            }),
          },
        })
        .returning({ inserted: sql<boolean>`(xmax = 0)` });
      tally(counts.organization, rows);
      await progressed(chunk.length);
    }
    const ownerIds = await idsBy(
      tx,
      organizations,
      organizations.externalId,
      byType("opportunity").map((r) => r.owner),
    );
    for (const chunk of chunks(byType("opportunity"))) {
      const rows = await tx
        .insert(opportunities)
        .values(chunk.map((record) => opportunityRow(record, ownerIds, now)))
        .onConflictDoUpdate({
          target: opportunities.externalId,
          set: {
            ...excludedSet(opportunities, ["id", "externalId", "createdAt", "createdBy"]),
            machineTranslated: unchangedMarks(opportunities.machineTranslated, {
              title: opportunities.title,
              description: opportunities.description,
            }),
          },
        })
        .returning({ inserted: sql<boolean>`(xmax = 0)` });
      tally(counts.opportunity, rows);
      await progressed(chunk.length);
    }
    await afterWrite?.(tx, counts);
  });
  return counts;
}

function zoneRow(record: ZoneRecord, now: Date) {
  return { code: record.code, name: record.name, designation: record.designation ?? null, updatedAt: now };
}

function organizationRow(record: OrganizationRecord, zoneIds: Map<string, string>, now: Date) {
  return {
    externalId: record.externalId,
    kind: record.kind,
    scope: record.scope,
    name: record.name,
    ...derivedColumns(record),
    summary: record.summary ?? null,
    description: record.description ?? null,
    seeking: record.seeking ?? null,
    offering: record.offering ?? null,
    industries: record.industries ?? [],
    tags: record.tags ?? [],
    stage: record.stage ?? null,
    foundedYear: record.foundedYear ?? null,
    employees: record.employees ?? null,
    website: record.website ?? null,
    country: record.country ?? null,
    city: record.city ?? null,
    zoneId: record.zone ? (zoneIds.get(record.zone) ?? null) : null,
    targetMarkets: record.targetMarkets ?? [],
    updatedAt: now,
  };
}

function opportunityRow(record: OpportunityRecord, ownerIds: Map<string, string>, now: Date) {
  return {
    externalId: record.externalId,
    ownerId: ownerIds.get(record.owner)!,
    kind: record.kind,
    title: record.title,
    description: record.description ?? null,
    ...opportunityDerived(record),
    industries: record.industries ?? [],
    tags: record.tags ?? [],
    stages: record.stages ?? [],
    markets: record.markets ?? [],
    deadline: record.deadline ?? null,
    status: record.status ?? "open",
    updatedAt: now,
  };
}

/** `set col = excluded.col` for every column but the keys: an upsert replaces the whole record. */
function excludedSet(table: PgTable, keep: string[]): Record<string, SQL> {
  const set: Record<string, SQL> = {};
  for (const key of Object.keys(getTableColumns(table))) {
    const column = key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
    if (!keep.includes(key)) set[key] = sql`excluded.${sql.identifier(column)}`;
  }
  return set;
}

/**
 * The machine-translation marks ("title.en") an upsert keeps: those whose text, that field in that
 * language, the import left exactly as it was. A rewritten text is a person's; a removed one is nothing.
 */
function unchangedMarks(marks: PgColumn, texts: Record<string, PgColumn>): SQL {
  const locale = sql`split_part(m.mark, '.', 2)`;
  const unchanged = Object.entries(texts).map(
    ([field, column]) =>
      sql`when ${field} then (excluded.${sql.identifier(column.name)} ->> ${locale}) = (${column} ->> ${locale})`,
  );
  return sql`array(select m.mark from unnest(${marks}) with ordinality as m(mark, n)
    where case split_part(m.mark, '.', 1) ${sql.join(unchanged, sql` `)} else false end order by m.n)`;
}

async function idsBy(
  tx: Tx,
  table: typeof zones | typeof organizations,
  key: typeof zones.code | typeof organizations.externalId,
  values: string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(values)];
  const map = new Map<string, string>();
  for (const chunk of chunks(unique, 10_000)) {
    const rows = await tx.select({ key, id: table.id }).from(table).where(inArray(key, chunk));
    for (const row of rows) map.set(row.key, row.id);
  }
  return map;
}

function tally(count: { created: number; updated: number }, rows: { inserted: boolean }[]) {
  for (const row of rows) row.inserted ? count.created++ : count.updated++;
}

function* chunks<T>(items: T[], size = CHUNK): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
