import { describe, expect, it } from "vitest";
import { organizationRecord } from "../../../contracts/interchange/records.ts";
import { syntheticCompany } from "./synthetic.ts";

describe("synthetic companies", () => {
  const zones = new Set(["suseong-alpha-city"]);

  it("are valid interchange records in both, one or the other language", () => {
    const records = Array.from({ length: 120 }, (_, i) => syntheticCompany(i + 1, zones));
    for (const record of records) expect(organizationRecord.safeParse(record).success).toBe(true);
    expect(records.some((r) => r.name.ko && !r.name.en)).toBe(true);
    expect(records.some((r) => r.name.en && !r.name.ko)).toBe(true);
    expect(new Set(records.map((r) => r.externalId)).size).toBe(120);
    // Every company offers two capabilities of its sector, in the languages of its other texts.
    for (const record of records) {
      expect(Object.keys(record.offering ?? {})).toEqual(Object.keys(record.summary ?? {}));
      expect(record.offering?.ko).toMatch(/, /);
    }
  });

  it("are deterministic and only reference zones that exist", () => {
    expect(syntheticCompany(77, zones)).toEqual(syntheticCompany(77, zones));
    expect(syntheticCompany(4, new Set()).zone).toBeUndefined();
  });
});
