import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { interchangeRecord } from "../../contracts/interchange/records.ts";
import { opportunityKinds } from "../../contracts/opportunities/opportunity.ts";
import {
  dcgAt,
  formatTable,
  gain,
  idealDcgAt,
  type Judged,
  type Judgment,
  missedAt,
  ndcgAt,
  overlapRanking,
  parseJudgments,
  recallAt,
  summarize,
  words,
  worst,
} from "./metrics.ts";

describe("nDCG@k", () => {
  const grades = { a: 3, b: 2, c: 1 } as const;

  it("uses 2^g − 1 gains", () => {
    expect([gain(3), gain(2), gain(1), gain(undefined)]).toEqual([7, 3, 1, 0]);
  });

  it("discounts by log2 of the rank + 1, against the ideal ordering of the judgments", () => {
    // ranked b, x, a: 3/log2(2) + 0 + 7/log2(4) = 3 + 3.5 = 6.5
    expect(dcgAt(10, grades, ["b", "x", "a"])).toBeCloseTo(6.5, 10);
    // ideal a, b, c: 7 + 3/log2(3) + 1/log2(4) = 7 + 1.8927893 + 0.5
    expect(idealDcgAt(10, grades)).toBeCloseTo(9.3927893, 6);
    expect(ndcgAt(10, grades, ["b", "x", "a"])).toBeCloseTo(0.6920202, 6);
  });

  it("is 1 for the ideal order and 0 when nothing judged is ranked", () => {
    expect(ndcgAt(10, grades, ["a", "b", "c", "x"])).toBe(1);
    expect(ndcgAt(10, grades, ["x", "y"])).toBe(0);
    expect(ndcgAt(10, grades, [])).toBe(0);
    expect(ndcgAt(10, {}, ["a"])).toBe(0);
  });

  it("only looks at the first k results and counts a repeated result once", () => {
    // k = 1: the ideal is a (7); ranked b first gives 3.
    expect(ndcgAt(1, grades, ["b", "a"])).toBeCloseTo(3 / 7, 10);
    expect(dcgAt(10, grades, ["a", "a"])).toBe(7);
  });

  it("caps the ideal at k when more organizations are judged than fit", () => {
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`o${i}`, 1 as const]));
    const first10 = Array.from({ length: 10 }, (_, i) => `o${i}`);
    expect(ndcgAt(10, many, first10)).toBe(1);
    expect(recallAt(10, many, first10)).toBeCloseTo(10 / 12, 10);
  });
});

describe("recall@k", () => {
  it("is the share of judged organizations (any grade) in the first k results", () => {
    expect(recallAt(10, { a: 3, b: 1 }, ["x", "b"])).toBe(0.5);
    expect(recallAt(1, { a: 3, b: 1 }, ["x", "b"])).toBe(0);
    expect(recallAt(10, { a: 3 }, [])).toBe(0);
  });

  it("lists what was missed, highest grade first", () => {
    expect(missedAt(10, { c: 1, a: 3, b: 2, d: 3 }, ["d"])).toEqual([
      { id: "a", grade: 3 },
      { id: "b", grade: 2 },
      { id: "c", grade: 1 },
    ]);
  });
});

describe("the summary", () => {
  const line = (opportunity: string, relevant: Judgment["relevant"], crossLingual?: true): Judgment => ({
    opportunity,
    relevant,
    ...(crossLingual ? { crossLingual } : {}),
  });
  const judged: Judged[] = [
    { judgment: line("p", { a: 3 }, true), language: "ko", ours: ["a"], baseline: [] },
    { judgment: line("q", { a: 3, b: 1 }), language: "ko", ours: ["x", "b"], baseline: ["a"] },
    { judgment: line("r", { c: 2 }), language: "en", ours: ["x", "x", "x", "c"], baseline: ["c"] },
  ];

  it("averages overall, for cross-lingual lines and per language, leaving out empty groups", () => {
    const rows = summarize(judged);
    expect(rows.map((row) => row.group)).toEqual([
      "overall",
      "cross-lingual",
      "written in ko",
      "written in en",
    ]);
    const [overall, cross, ko, en] = rows;
    expect(overall!.opportunities).toBe(3);
    // q: dcg 1/log2(3) over ideal 7 + 1/log2(3); r: 3/log2(5) over 3
    const q = 1 / Math.log2(3) / (7 + 1 / Math.log2(3));
    const r = 1 / Math.log2(5);
    expect(overall!.ours.ndcg).toBeCloseTo((1 + q + r) / 3, 10);
    expect(overall!.ours.recall).toBeCloseTo((1 + 0.5 + 1) / 3, 10);
    expect(overall!.baseline.recall).toBeCloseTo((0 + 0.5 + 1) / 3, 10);
    expect(cross!.opportunities).toBe(1);
    expect(cross!.baseline.ndcg).toBe(0);
    expect(ko!.ours.ndcg).toBeCloseTo((1 + q) / 2, 10);
    expect(en!.baseline.ndcg).toBe(1);
  });

  it("names the worst opportunities first", () => {
    expect(worst(judged, 2).map((j) => j.judgment.opportunity)).toEqual(["q", "r"]);
  });

  it("prints an aligned table", () => {
    const lines = formatTable(summarize(judged)).split("\n");
    expect(lines[0]).toMatch(/opportunities \| nDCG@10 ours \| baseline \| recall@10 ours \| baseline$/);
    expect(new Set(lines.map((text) => text.length)).size).toBe(1);
    expect(lines).toHaveLength(6);
  });
});

describe("the word-overlap baseline", () => {
  it("splits on anything but letters and digits, without function words or one-letter words", () => {
    expect([...words("Titanium frames, 티타늄 안경테를 for AI-glasses (a 5-axis)")]).toEqual([
      "titanium",
      "frames",
      "티타늄",
      "안경테를",
      "ai",
      "glasses",
      "axis",
    ]);
  });

  it("ranks by shared distinct words, then by name, and leaves out candidates sharing nothing", () => {
    const candidates = [
      { externalId: "z", sortName: "Zeta", text: "titanium frames titanium" },
      { externalId: "b", sortName: "Beta", text: "titanium lenses" },
      { externalId: "a", sortName: "Alpha", text: "acetate frames" },
      { externalId: "n", sortName: "Nothing", text: "kimchi" },
    ];
    expect(overlapRanking("Titanium frames for glasses", candidates)).toEqual(["z", "a", "b"]);
    expect(overlapRanking("Titanium frames for glasses", candidates, 1)).toEqual(["z"]);
  });
});

describe("the evaluation files", () => {
  const read = (name: string) => readFileSync(new URL(name, import.meta.url), "utf8");
  const records = (text: string) =>
    text
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => interchangeRecord.parse(JSON.parse(line)));
  const corpus = records(read("../search/corpus.jsonl")).flatMap((r) =>
    r.type === "organization" ? [r] : [],
  );
  const partners = records(read("./partners.jsonl"));
  const opportunities = records(read("./opportunities.jsonl")).flatMap((r) =>
    r.type === "opportunity" ? [r] : [],
  );
  const judgments = parseJudgments(read("./judgments.jsonl"));
  const organizations = new Map(
    [...corpus, ...partners.flatMap((r) => (r.type === "organization" ? [r] : []))].map((o) => [
      o.externalId,
      o,
    ]),
  );
  const languageOf = (text: (Record<string, string> | undefined)[]) => {
    const keys = text.flatMap((t) => (t ? Object.keys(t) : []));
    return keys.every((k) => k === "ko") ? "ko" : keys.every((k) => k === "en") ? "en" : "both";
  };

  it("adds only global partner organizations with eval- ids", () => {
    expect(partners.length).toBeGreaterThan(0);
    for (const partner of partners) {
      expect(partner.type).toBe("organization");
      if (partner.type !== "organization") continue;
      expect(partner.scope).toBe("global");
      expect(partner.externalId).toMatch(/^eval-partner-/);
      expect(corpus.some((o) => o.externalId === partner.externalId)).toBe(false);
    }
  });

  it("holds about 40 opportunities of every kind, a third in each language, with known owners", () => {
    expect(opportunities.length).toBeGreaterThanOrEqual(35);
    expect(opportunities.length).toBeLessThanOrEqual(50);
    expect(new Set(opportunities.map((o) => o.externalId)).size).toBe(opportunities.length);
    for (const o of opportunities) expect(organizations.has(o.owner), o.externalId).toBe(true);
    for (const kind of opportunityKinds.filter((k) => k !== "other")) {
      expect(
        opportunities.some((o) => o.kind === kind),
        kind,
      ).toBe(true);
    }
    for (const language of ["ko", "en", "both"]) {
      const count = opportunities.filter((o) => languageOf([o.title, o.description]) === language).length;
      expect(count, language).toBeGreaterThan(opportunities.length / 4);
    }
  });

  it("judges every opportunity once, with up to 10 local organizations other than the owner", () => {
    expect(judgments.map((j) => j.opportunity).sort()).toEqual(opportunities.map((o) => o.externalId).sort());
    for (const j of judgments) {
      const owner = opportunities.find((o) => o.externalId === j.opportunity)!.owner;
      const ids = Object.keys(j.relevant);
      expect(ids.length, j.opportunity).toBeLessThanOrEqual(10);
      expect(Object.values(j.relevant), j.opportunity).toContain(3);
      for (const id of ids) {
        expect(organizations.get(id)?.scope, `${j.opportunity}: ${id}`).toBe("local");
        expect(id).not.toBe(owner);
      }
    }
  });

  it("marks exactly the lines whose ideal organizations are all written only in the other language", () => {
    for (const j of judgments) {
      const opportunity = opportunities.find((o) => o.externalId === j.opportunity)!;
      const language = languageOf([opportunity.title, opportunity.description]);
      const ideal = Object.entries(j.relevant)
        .filter(([, g]) => g === 3)
        .map(([id]) => {
          const o = organizations.get(id)!;
          return languageOf([o.name, o.summary, o.description]);
        });
      const expected = language !== "both" && ideal.every((l) => l !== "both" && l !== language);
      expect(j.crossLingual === true, j.opportunity).toBe(expected);
    }
    expect(judgments.filter((j) => j.crossLingual).length).toBeGreaterThanOrEqual(5);
  });
});
