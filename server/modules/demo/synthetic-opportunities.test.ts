import { describe, expect, it } from "vitest";
import {
  type OpportunityRecord,
  type OrganizationRecord,
  opportunityRecord,
  organizationRecord,
} from "../../../contracts/interchange/records.ts";
import { opportunityKinds } from "../../../contracts/opportunities/opportunity.ts";
import { documentConcepts } from "../../platform/search/document.ts";
import { syntheticCompany } from "./synthetic.ts";
import {
  partnerExternalId,
  partnersFor,
  referenceDate,
  syntheticOpportunity,
  syntheticPartner,
} from "./synthetic-opportunities.ts";
import { requirements, sectors } from "./synthetic-sectors.ts";

const both = (text?: { ko?: string; en?: string }) => [text?.ko, text?.en].filter(Boolean).join("\n");

// What the opportunities and organizations modules compute on write (opportunities.derived.ts,
// organizations.derived.ts `offerConcepts`), from the same fields.
const wantedConcepts = (r: OpportunityRecord) =>
  documentConcepts([both(r.title), (r.tags ?? []).join(" "), both(r.description)], r.industries);
const offeredConcepts = (r: OrganizationRecord) =>
  documentConcepts(
    [both(r.name), (r.tags ?? []).join(" "), both(r.summary), both(r.offering), both(r.description)],
    r.industries,
  );

const opportunities = Array.from({ length: 840 }, (_, i) => syntheticOpportunity(i + 1));

describe("synthetic opportunities", () => {
  it("are valid interchange records of every kind but other, in both, one or the other language", () => {
    for (const record of opportunities) expect(opportunityRecord.safeParse(record).success).toBe(true);
    expect(new Set(opportunities.map((r) => r.kind))).toEqual(
      new Set(opportunityKinds.filter((kind) => kind !== "other")),
    );
    expect(opportunities.some((r) => r.title.ko && !r.title.en)).toBe(true);
    expect(opportunities.some((r) => r.title.en && !r.title.ko)).toBe(true);
    expect(opportunities.some((r) => r.title.en && r.title.ko)).toBe(true);
    expect(new Set(opportunities.map((r) => r.externalId)).size).toBe(840);
  });

  it("are deterministic: opportunity n is the same on every call and whatever M is", () => {
    expect(syntheticOpportunity(77)).toEqual(syntheticOpportunity(77));
    expect(JSON.stringify(syntheticOpportunity(9_999))).toBe(JSON.stringify(syntheticOpportunity(9_999)));
    expect(partnersFor(100)).toEqual(partnersFor(100));
    expect(partnersFor(10_000)).toEqual(expect.arrayContaining(partnersFor(100)));
  });

  it("mostly have deadlines after the fixed reference date; a tenth are closed", () => {
    const open = opportunities.filter((r) => r.status !== "closed");
    const future = open.filter((r) => r.deadline && r.deadline >= referenceDate);
    expect(future.length / opportunities.length).toBeGreaterThan(0.7);
    expect(opportunities.filter((r) => r.status === "closed")).toHaveLength(84);
    for (const closed of opportunities.filter((r) => r.status === "closed"))
      expect(closed.deadline! < referenceDate).toBe(true);
    expect(opportunities.some((r) => r.deadline === undefined)).toBe(true);
  });

  it("belong to global partners of a fitting kind that are part of the same import", () => {
    const owners = new Map(partnersFor(840).map((i) => [partnerExternalId(i), syntheticPartner(i)]));
    expect(owners.size).toBeGreaterThan(50);
    expect(owners.size).toBeLessThanOrEqual(300);
    for (const partner of owners.values()) {
      expect(organizationRecord.safeParse(partner).success).toBe(true);
      expect(partner.scope).toBe("global");
      expect(["big-tech", "buyer", "investor", "accelerator"]).toContain(partner.kind);
    }
    for (const record of opportunities) {
      const owner = owners.get(record.owner);
      expect(owner).toBeDefined();
      expect(owner!.industries).toEqual(record.industries);
      if (record.kind === "investment") expect(owner!.kind).toBe("investor");
      if (record.kind === "program") expect(owner!.kind).toBe("accelerator");
    }
    const names = [...owners.values()].map((p) => p.name.en);
    expect(new Set(names).size).toBe(names.length);
    expect(partnersFor(100_000)).toHaveLength(300);
  });

  it("name capabilities the concept dictionary knows, in Korean and in English alike", () => {
    for (const phrase of [...sectors.flatMap((s) => [s.name, ...s.capabilities]), ...requirements]) {
      const ko = documentConcepts([phrase.ko]);
      expect(ko, phrase.ko).not.toEqual([]);
      expect(ko, `${phrase.ko} / ${phrase.en}`).toEqual(
        expect.arrayContaining(documentConcepts([phrase.en])),
      );
    }
  });

  it("share capabilities beyond the industry with the synthetic companies, so matching has work to do", () => {
    const eyewearOem = opportunities.find(
      (r) => r.kind === "oem-sourcing" && r.industries?.[0] === "eyewear",
    )!;
    const wanted = new Set(wantedConcepts(eyewearOem));
    expect(wanted).toContain("eyewear-frames");
    const companies = Array.from({ length: 2_000 }, (_, i) => syntheticCompany(i + 1, new Set()));
    const overlaps = companies.map(
      (company) => offeredConcepts(company).filter((id) => wanted.has(id)).length,
    );
    // Companies of the sector overlap more or less (ranking has something to decide), others not at all.
    expect(new Set(overlaps.filter((n) => n > 0)).size).toBeGreaterThanOrEqual(3);
    expect(overlaps.filter((n) => n === 0).length).toBeGreaterThan(companies.length / 2);
  });
});
