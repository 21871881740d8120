import { describe, expect, it } from "vitest";
import { roleForKind } from "./capacity.ts";

describe("the role a member acts in", () => {
  it.each([
    ["overseas-office", "office-staff"],
    ["startup", "company-member"],
    ["manufacturer", "company-member"],
    ["sme", "company-member"],
    ["big-tech", "partner-member"],
    ["accelerator", "partner-member"],
    ["buyer", "partner-member"],
  ] as const)("%s → %s", (kind, role) => {
    expect(roleForKind(kind)).toBe(role);
  });
});
