import type pg from "pg";
import { syntheticCompany } from "../../server/modules/demo/synthetic.ts";
import {
  opportunityExternalId,
  referenceDate,
  syntheticOpportunity,
} from "../../server/modules/demo/synthetic-opportunities.ts";

/**
 * The opportunity the matching rows measure: the first synthetic OEM sourcing in eyewear that is open past
 * the reference date. Eyewear is a broad sector of the synthetic directory and OEM sourcing also reaches
 * every manufacturer (OEM), so tens of thousands of companies share concepts with it: the expensive case.
 */
export function broadOpportunity(): string {
  for (let n = 1; n < 10_000; n++) {
    const record = syntheticOpportunity(n);
    if (
      record.kind === "oem-sourcing" &&
      record.industries?.includes("eyewear") &&
      record.status !== "closed" &&
      (record.deadline ?? referenceDate) >= referenceDate
    )
      return opportunityExternalId(n);
  }
  throw new Error("no open eyewear OEM sourcing among the synthetic opportunities");
}

/** The company the matching rows measure: the first synthetic eyewear manufacturer with text in both languages. */
export function eyewearManufacturer(): string {
  for (let n = 1; n < 10_000; n++) {
    const record = syntheticCompany(n, new Set());
    if (
      record.kind === "manufacturer" &&
      record.industries?.includes("eyewear") &&
      record.offering?.ko &&
      record.offering.en &&
      record.seeking
    )
      return record.externalId;
  }
  throw new Error("no bilingual eyewear manufacturer among the synthetic companies");
}

/** The id (uuid) of a record by its externalId, after the import. */
export async function idOf(
  pool: pg.Pool,
  table: "organizations" | "opportunities",
  externalId: string,
): Promise<string> {
  const { rows } = await pool.query<{ id: string }>(`select id from ${table} where external_id = $1`, [
    externalId,
  ]);
  if (!rows[0]) throw new Error(`${table} has no ${externalId}: did the demo import run?`);
  return rows[0].id;
}
