import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { interchangeRecord } from "../../contracts/interchange/records.ts";
import {
  formatTable,
  type Judged,
  type LabeledQuery,
  mean,
  missedAt,
  parseQueries,
  recallAt,
  reciprocalRank,
  summarize,
} from "./metrics.ts";

describe("recall@k", () => {
  it("is the share of relevant records in the first k results", () => {
    expect(recallAt(10, ["a", "b"], ["x", "a", "y"])).toBe(0.5);
    expect(recallAt(10, ["a", "b"], ["b", "a"])).toBe(1);
    expect(recallAt(10, ["a"], [])).toBe(0);
  });

  it("ignores results after k and counts a repeated result once", () => {
    const ranked = ["x", "x", "x", "a", "b"];
    expect(recallAt(3, ["a", "b"], ranked)).toBe(0);
    expect(recallAt(4, ["a", "b"], ranked)).toBe(0.5);
    expect(recallAt(10, ["a"], ["a", "a"])).toBe(1);
  });

  it("lists what was missed, in label order", () => {
    expect(missedAt(2, ["c", "a", "b"], ["a", "x", "b"])).toEqual(["c", "b"]);
  });
});

describe("reciprocal rank", () => {
  it("is 1 over the rank of the first relevant result", () => {
    expect(reciprocalRank(["a"], ["a", "b"])).toBe(1);
    expect(reciprocalRank(["b", "c"], ["a", "c", "b"])).toBe(0.5);
    expect(reciprocalRank(["z"], ["a", "b", "c", "z"])).toBe(0.25);
  });

  it("is 0 when nothing relevant is ranked", () => {
    expect(reciprocalRank(["a"], ["x", "y"])).toBe(0);
    expect(reciprocalRank(["a"], [])).toBe(0);
  });
});

describe("the summary", () => {
  const query = (kind: LabeledQuery["kind"], relevant: string[]): LabeledQuery => ({
    query: "q",
    language: "en",
    kind,
    relevant,
  });
  const judged: Judged[] = [
    { query: query("typo", ["a"]), ours: ["a"], baseline: [] },
    { query: query("typo", ["a", "b"]), ours: ["x", "b"], baseline: ["a"] },
    { query: query("prefix", ["c"]), ours: ["x", "x", "x", "c"], baseline: ["c"] },
  ];

  it("averages over queries, overall and per kind, leaving out kinds without queries", () => {
    const rows = summarize(judged);
    expect(rows.map((row) => row.group)).toEqual(["overall", "typo", "prefix"]);
    const [overall, typo, prefix] = rows;
    expect(overall!.queries).toBe(3);
    expect(overall!.ours.recall).toBeCloseTo((1 + 0.5 + 1) / 3);
    expect(overall!.ours.mrr).toBeCloseTo((1 + 0.5 + 0.25) / 3);
    expect(overall!.baseline.recall).toBeCloseTo((0 + 0.5 + 1) / 3);
    expect(typo!.ours.mrr).toBeCloseTo(0.75);
    expect(prefix!.baseline.mrr).toBe(1);
  });

  it("prints an aligned table", () => {
    const lines = formatTable(summarize(judged)).split("\n");
    expect(lines[0]).toMatch(/queries \| recall@10 ours \| baseline \| MRR ours \| baseline$/);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
    expect(lines).toHaveLength(5);
  });

  it("averages nothing to 0", () => {
    expect(mean([])).toBe(0);
  });
});

describe("the evaluation files", () => {
  const read = (name: string) => readFileSync(new URL(name, import.meta.url), "utf8");
  const records = read("./corpus.jsonl")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => interchangeRecord.parse(JSON.parse(line)));
  const organizations = records.flatMap((record) => (record.type === "organization" ? [record] : []));
  const queries = parseQueries(read("./queries.jsonl"));

  it("holds a valid interchange corpus with eval- external ids", () => {
    expect(organizations.length).toBeGreaterThanOrEqual(150);
    for (const organization of organizations) expect(organization.externalId).toMatch(/^eval-/);
    expect(new Set(organizations.map((o) => o.externalId)).size).toBe(organizations.length);
  });

  it("mixes Korean-only, English-only and bilingual records", () => {
    const languages = (o: (typeof organizations)[number]) =>
      ["name", "summary", "description"].flatMap((field) => {
        const text = o[field as "name"];
        return text ? Object.keys(text) : [];
      });
    const only = (language: string) =>
      organizations.filter((o) => languages(o).every((found) => found === language)).length;
    for (const language of ["ko", "en"]) expect(only(language)).toBeGreaterThan(organizations.length / 4);
  });

  it("labels 60–80 queries whose relevant records all exist", () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(queries.length).toBeLessThanOrEqual(80);
    const ids = new Set(organizations.map((o) => o.externalId));
    for (const query of queries) {
      for (const id of query.relevant) expect(ids.has(id), `${query.query}: ${id}`).toBe(true);
      expect(new Set(query.relevant).size, query.query).toBe(query.relevant.length);
    }
    for (const kind of ["cross-lingual", "same-language", "typo", "prefix"]) {
      expect(
        queries.some((query) => query.kind === kind),
        kind,
      ).toBe(true);
    }
  });
});
