import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { interchangeRecord } from "./records.ts";

const sample = readFileSync(
  new URL("../../../shared/contracts/examples/sample.jsonl", import.meta.url),
  "utf8",
)
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line));
const demo = readFileSync(new URL("../../server/modules/demo/demo-data.jsonl", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line));

describe("interchange format v1 (contract §5)", () => {
  it("accepts every line of the contract's example and of our demo data", () => {
    for (const line of [...sample, ...demo]) expect(interchangeRecord.safeParse(line).error).toBeUndefined();
  });

  it.each([
    [{ name: {} }, "name"],
    [{ kind: "unicorn" }, "kind"],
    [{ scope: "regional" }, "scope"],
    [{ industries: ["ai", "space"] }, "industries"],
    [{ stage: "series-z" }, "stage"],
    [{ country: "Korea" }, "country"],
    [{ website: "javascript:alert(1)" }, "website"],
    [{ nickname: "x" }, ""],
  ])("refuses %j, naming the field", (change, field) => {
    const record = { ...sample.find((line) => line.type === "organization"), ...change };
    const result = interchangeRecord.safeParse(record);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0] ?? "").toBe(field);
  });

  it("needs every required field of an opportunity", () => {
    const opportunity = sample.find((line) => line.type === "opportunity");
    for (const field of ["externalId", "owner", "kind", "title"]) {
      const { [field]: _dropped, ...rest } = opportunity;
      expect(interchangeRecord.safeParse(rest).success, field).toBe(false);
    }
  });
});
