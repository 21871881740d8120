import { inArray } from "drizzle-orm";
import type { Locale } from "../../../contracts/common/localized.ts";
import type { Db } from "../../db/client.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { zones } from "../zones/zones.table.ts";
import type { LineProblem, LineReferences } from "./interchange.parse.ts";

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

  const problems: LineProblem[] = [];
  for (const { line, zone, owner } of lines) {
    if (zone && !zoneCodes.has(zone)) problems.push({ line, field: "zone", message: messages.zone[locale] });
    if (owner && !organizationIds.has(owner))
      problems.push({ line, field: "owner", message: messages.owner[locale] });
  }
  return problems;
}
