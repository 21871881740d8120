import { z } from "zod";
import { alignedTable } from "../table.ts";

/** Ranking quality measures and the report of `npm run eval:search`. */

export const queryKinds = ["cross-lingual", "same-language", "typo", "prefix"] as const;
export type QueryKind = (typeof queryKinds)[number];

/** One line of queries.jsonl: what someone types, and every corpus record they would want for it. */
export const labeledQuery = z
  .object({
    query: z.string().min(1),
    language: z.enum(["ko", "en"]),
    kind: z.enum(queryKinds),
    relevant: z.array(z.string().min(1)).min(1),
    note: z.string().optional(),
  })
  .strict();
export type LabeledQuery = z.infer<typeof labeledQuery>;

/** Parses queries.jsonl; a bad line throws with its line number. */
export function parseQueries(text: string): LabeledQuery[] {
  return text.split("\n").flatMap((line, index) => {
    if (line.trim() === "") return [];
    const parsed = labeledQuery.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`queries.jsonl line ${index + 1}: ${parsed.error.message}`);
    return [parsed.data];
  });
}

/** Share of the relevant records found among the first `k` results: |relevant ∩ top k| / |relevant|. */
export function recallAt(k: number, relevant: readonly string[], ranked: readonly string[]): number {
  if (relevant.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

/** 1 / rank of the first relevant result (1-based), or 0 when none is ranked. */
export function reciprocalRank(relevant: readonly string[], ranked: readonly string[]): number {
  const wanted = new Set(relevant);
  const index = ranked.findIndex((id) => wanted.has(id));
  return index === -1 ? 0 : 1 / (index + 1);
}

/** Relevant records missing from the first `k` results, in the order they were labeled. */
export function missedAt(k: number, relevant: readonly string[], ranked: readonly string[]): string[] {
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => !top.has(id));
}

export const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;

/** The results of one query under both systems. */
export type Judged = { query: LabeledQuery; ours: readonly string[]; baseline: readonly string[] };
export type Scores = { recall: number; mrr: number };
export type SummaryRow = { group: string; queries: number; ours: Scores; baseline: Scores };

const K = 10;
const scores = (judged: readonly Judged[], pick: (j: Judged) => readonly string[]): Scores => ({
  recall: mean(judged.map((j) => recallAt(K, j.query.relevant, pick(j)))),
  mrr: mean(judged.map((j) => reciprocalRank(j.query.relevant, pick(j)))),
});

/** Mean recall@10 and MRR, overall and per query kind (kinds without queries are left out). */
export function summarize(judged: readonly Judged[]): SummaryRow[] {
  const groups: [string, Judged[]][] = [
    ["overall", [...judged]],
    ...queryKinds.map((kind): [string, Judged[]] => [kind, judged.filter((j) => j.query.kind === kind)]),
  ];
  return groups
    .filter(([, members]) => members.length > 0)
    .map(([group, members]) => ({
      group,
      queries: members.length,
      ours: scores(members, (j) => j.ours),
      baseline: scores(members, (j) => j.baseline),
    }));
}

/** A plain-text table with aligned columns. */
export function formatTable(rows: readonly SummaryRow[]): string {
  const header = ["", "queries", "recall@10 ours", "baseline", "MRR ours", "baseline"];
  const cells = rows.map((row) => [
    row.group,
    String(row.queries),
    row.ours.recall.toFixed(3),
    row.baseline.recall.toFixed(3),
    row.ours.mrr.toFixed(3),
    row.baseline.mrr.toFixed(3),
  ]);
  return alignedTable(header, cells);
}
