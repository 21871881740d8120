import { inArray } from "drizzle-orm";
import type { Locale } from "../../../contracts/common/localized.ts";
import type { Db } from "../../db/client.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { zones } from "../zones/zones.table.ts";
import type { LineProblem, ParsedLine } from "./interchange.parse.ts";

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
export async function checkReferences(db: Db, lines: ParsedLine[], locale: Locale): Promise<LineProblem[]> {
  const zoneCodes = new Set<string>();
  const organizationIds = new Set<string>();
  for (const { record } of lines) {
    if (record.type === "zone") zoneCodes.add(record.code);
    if (record.type === "organization") organizationIds.add(record.externalId);
  }
  const wantedZones = new Set<string>();
  const wantedOwners = new Set<string>();
  for (const { record } of lines) {
    if (record.type === "organization" && record.zone && !zoneCodes.has(record.zone))
      wantedZones.add(record.zone);
    if (record.type === "opportunity" && !organizationIds.has(record.owner)) wantedOwners.add(record.owner);
  }
  const [storedZones, storedOwners] = await Promise.all([
    wantedZones.size
      ? db
          .select({ code: zones.code })
          .from(zones)
          .where(inArray(zones.code, [...wantedZones]))
      : Promise.resolve([]),
    wantedOwners.size
      ? db
          .select({ externalId: organizations.externalId })
          .from(organizations)
          .where(inArray(organizations.externalId, [...wantedOwners]))
      : Promise.resolve([]),
  ]);
  for (const { code } of storedZones) zoneCodes.add(code);
  for (const { externalId } of storedOwners) organizationIds.add(externalId);

  const problems: LineProblem[] = [];
  for (const { line, record } of lines) {
    if (record.type === "organization" && record.zone && !zoneCodes.has(record.zone)) {
      problems.push({ line, field: "zone", message: messages.zone[locale] });
    }
    if (record.type === "opportunity" && !organizationIds.has(record.owner)) {
      problems.push({ line, field: "owner", message: messages.owner[locale] });
    }
  }
  return problems;
}
