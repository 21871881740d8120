import { aliasedTable, and, eq, inArray, notExists } from "drizzle-orm";
import type { Locale } from "../../../contracts/common/localized.ts";
import type { Db } from "../../db/client.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { organizationMerges } from "../organizations/revisions.table.ts";
import { zones } from "../zones/zones.table.ts";
import type { LineProblem, LineReferences } from "./interchange.parse.ts";

const merged = {
  ko: (into: string) => `중복으로 "${into}"에 병합된 기관입니다. 그 externalId로 가져와 주세요`,
  en: (into: string) => `was merged as a duplicate into "${into}"; use that externalId`,
};

const messages = {
  zone: {
    ko: "파일에도 데이터베이스에도 없는 구역 코드입니다",
    en: "is not a zone code in the file or the database",
  },
  owner: {
    ko: "파일에도 데이터베이스에도 없는 기관 externalId입니다",
    en: "is not the externalId of an organization in the file or the database",
  },
};

/** Zone codes and opportunity owners must resolve, within the file or to records already stored. */
export async function checkReferences(
  db: Db,
  lines: LineReferences[],
  locale: Locale,
): Promise<LineProblem[]> {
  const zoneCodes = new Set(lines.filter((l) => l.type === "zone" && l.key).map((l) => l.key!));
  const organizationIds = new Set(lines.filter((l) => l.type === "organization" && l.key).map((l) => l.key!));
  const wantedZones = [...new Set(lines.flatMap((l) => (l.zone && !zoneCodes.has(l.zone) ? [l.zone] : [])))];
  const wantedOwners = [
    ...new Set(lines.flatMap((l) => (l.owner && !organizationIds.has(l.owner) ? [l.owner] : []))),
  ];
  const [storedZones, storedOwners] = await Promise.all([
    wantedZones.length
      ? db.select({ code: zones.code }).from(zones).where(inArray(zones.code, wantedZones))
      : Promise.resolve([]),
    wantedOwners.length
      ? db
          .select({ externalId: organizations.externalId })
          .from(organizations)
          .where(inArray(organizations.externalId, wantedOwners))
      : Promise.resolve([]),
  ]);
  for (const { code } of storedZones) zoneCodes.add(code);
  for (const { externalId } of storedOwners) organizationIds.add(externalId);
  const storedOwnerIds = new Set(storedOwners.map((row) => row.externalId));

  // A duplicate the city merged away must not come back with the next import of an old file.
  const mergedInto = await mergedExternalIds(db, [
    ...new Set([...organizationIds, ...wantedOwners].filter((id) => !storedOwnerIds.has(id))),
  ]);
  const problems: LineProblem[] = [];
  for (const { line, type, key } of lines) {
    const into = type === "organization" && key ? mergedInto.get(key) : undefined;
    if (into) problems.push({ line, field: "externalId", message: merged[locale](into) });
  }
  for (const { line, zone, owner } of lines) {
    if (zone && !zoneCodes.has(zone)) problems.push({ line, field: "zone", message: messages.zone[locale] });
    const ownerMerged = owner ? mergedInto.get(owner) : undefined;
    if (ownerMerged) problems.push({ line, field: "owner", message: merged[locale](ownerMerged) });
    else if (owner && !organizationIds.has(owner))
      problems.push({ line, field: "owner", message: messages.owner[locale] });
  }
  return problems;
}

/** External ids that belonged to duplicates merged away (and are not in use again), with the survivor's. */
async function mergedExternalIds(db: Db, externalIds: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < externalIds.length; i += 10_000) {
    const chunk = externalIds.slice(i, i + 10_000);
    const rows = await db
      .select({ source: organizationMerges.sourceExternalId, target: organizations.externalId })
      .from(organizationMerges)
      .innerJoin(organizations, eq(organizations.id, organizationMerges.targetId))
      .where(
        and(
          inArray(organizationMerges.sourceExternalId, chunk),
          notExists(
            db
              .select({ id: alias.id })
              .from(alias)
              .where(eq(alias.externalId, organizationMerges.sourceExternalId)),
          ),
        ),
      );
    for (const row of rows) found.set(row.source, row.target);
  }
  return found;
}

const alias = aliasedTable(organizations, "current");
