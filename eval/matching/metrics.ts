import { z } from "zod";
import { alignedTable } from "../table.ts";

/** Ranking quality measures and the report of `npm run eval:matching`. */

export const K = 10;

/** 3 = ideal fit, 2 = good, 1 = partial; organizations not named are not relevant (0). */
const grade = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/** One line of judgments.jsonl: an opportunity and the local organizations a program officer would suggest. */
export const judgment = z
  .object({
    opportunity: z.string().min(1),
    relevant: z.record(z.string().min(1), grade).refine((relevant) => Object.keys(relevant).length > 0, {
      message: "names at least one relevant organization",
    }),
    /** The opportunity is written in one language and every ideal (grade 3) organization only in the other. */
    crossLingual: z.literal(true).optional(),
    note: z.string().optional(),
  })
  .strict();
export type Judgment = z.infer<typeof judgment>;
export type Grades = Judgment["relevant"];

/** Parses judgments.jsonl; a bad line throws with its line number. */
export function parseJudgments(text: string): Judgment[] {
  return text.split("\n").flatMap((line, index) => {
    if (line.trim() === "") return [];
    const parsed = judgment.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`judgments.jsonl line ${index + 1}: ${parsed.error.message}`);
    return [parsed.data];
  });
}

/** The gain of a grade: 2^g − 1 (7, 3, 1; 0 for anything not judged). */
export const gain = (g: number | undefined) => (g ? 2 ** g - 1 : 0);

/** Discounted cumulative gain of the first `k` results; a result repeated later counts once. */
export function dcgAt(k: number, grades: Grades, ranked: readonly string[]): number {
  const seen = new Set<string>();
  let total = 0;
  ranked.slice(0, k).forEach((id, index) => {
    if (seen.has(id)) return;
    seen.add(id);
    total += gain(grades[id]) / Math.log2(index + 2);
  });
  return total;
}

/** DCG of the best possible ranking: every judged organization, highest grade first. */
export function idealDcgAt(k: number, grades: Grades): number {
  const best = Object.entries(grades)
    .sort(([, a], [, b]) => b - a)
    .map(([id]) => id);
  return dcgAt(k, grades, best);
}

/** DCG / ideal DCG, in 0..1 (0 when nothing is judged relevant). */
export function ndcgAt(k: number, grades: Grades, ranked: readonly string[]): number {
  const ideal = idealDcgAt(k, grades);
  return ideal === 0 ? 0 : dcgAt(k, grades, ranked) / ideal;
}

/** Share of the judged-relevant organizations (any grade) among the first `k` results. */
export function recallAt(k: number, grades: Grades, ranked: readonly string[]): number {
  const relevant = Object.keys(grades);
  if (relevant.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

/** Judged organizations missing from the first `k` results, highest grade first (then as judged). */
export function missedAt(
  k: number,
  grades: Grades,
  ranked: readonly string[],
): { id: string; grade: number }[] {
  const top = new Set(ranked.slice(0, k));
  return Object.entries(grades)
    .filter(([id]) => !top.has(id))
    .map(([id, g]) => ({ id, grade: g }))
    .sort((a, b) => b.grade - a.grade);
}

export const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;

export type Language = "ko" | "en" | "both";

/** The results of one opportunity under both systems. */
export type Judged = {
  judgment: Judgment;
  language: Language;
  ours: readonly string[];
  baseline: readonly string[];
};
export type Scores = { ndcg: number; recall: number };
export type SummaryRow = { group: string; opportunities: number; ours: Scores; baseline: Scores };

const scores = (judged: readonly Judged[], pick: (j: Judged) => readonly string[]): Scores => ({
  ndcg: mean(judged.map((j) => ndcgAt(K, j.judgment.relevant, pick(j)))),
  recall: mean(judged.map((j) => recallAt(K, j.judgment.relevant, pick(j)))),
});

/**
 * Mean nDCG@10 and recall@10: overall, cross-lingual lines, then per language of the opportunity
 * (groups without opportunities are left out).
 */
export function summarize(judged: readonly Judged[]): SummaryRow[] {
  const groups: [string, Judged[]][] = [
    ["overall", [...judged]],
    ["cross-lingual", judged.filter((j) => j.judgment.crossLingual === true)],
    ...(["ko", "en", "both"] as const).map((language): [string, Judged[]] => [
      `written in ${language}`,
      judged.filter((j) => j.language === language),
    ]),
  ];
  return groups
    .filter(([, members]) => members.length > 0)
    .map(([group, members]) => ({
      group,
      opportunities: members.length,
      ours: scores(members, (j) => j.ours),
      baseline: scores(members, (j) => j.baseline),
    }));
}

/** The opportunities ours ranks worst (lowest nDCG@10, ties by id). */
export function worst<T extends Judged>(judged: readonly T[], count: number): T[] {
  return [...judged]
    .map((j) => ({ j, ndcg: ndcgAt(K, j.judgment.relevant, j.ours) }))
    .sort((a, b) => a.ndcg - b.ndcg || a.j.judgment.opportunity.localeCompare(b.j.judgment.opportunity))
    .slice(0, count)
    .map(({ j }) => j);
}

/** A plain-text table with aligned columns. */
export function formatTable(rows: readonly SummaryRow[]): string {
  const header = ["", "opportunities", "nDCG@10 ours", "baseline", "recall@10 ours", "baseline"];
  const cells = rows.map((row) => [
    row.group,
    String(row.opportunities),
    row.ours.ndcg.toFixed(3),
    row.baseline.ndcg.toFixed(3),
    row.ours.recall.toFixed(3),
    row.baseline.recall.toFixed(3),
  ]);
  return alignedTable(header, cells);
}

/**
 * The baseline's notion of a word: NFKC, lower case, split on anything that is not a letter or a digit,
 * at least two characters, without a short list of English function words. No dictionary, no stemming,
 * no bigrams: a Korean word with a particle attached ("안경테를") is a different word from "안경테".
 */
const FUNCTION_WORDS = new Set(
  "a an and are as at be by for from has have in into is it its of on or our that the their this to we with who will".split(
    " ",
  ),
);
export function words(text: string): Set<string> {
  return new Set(
    text
      .normalize("NFKC")
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 2 && !FUNCTION_WORDS.has(word)),
  );
}

export type BaselineCandidate = { externalId: string; sortName: string; text: string };

/** Plain word overlap: candidates sharing the most distinct words with the query text, ties by name. */
export function overlapRanking(query: string, candidates: readonly BaselineCandidate[], k = K): string[] {
  const wanted = words(query);
  return candidates
    .map((candidate) => {
      let shared = 0;
      for (const word of words(candidate.text)) if (wanted.has(word)) shared += 1;
      return { candidate, shared };
    })
    .filter(({ shared }) => shared > 0)
    .sort(
      (a, b) =>
        b.shared - a.shared ||
        a.candidate.sortName.localeCompare(b.candidate.sortName) ||
        a.candidate.externalId.localeCompare(b.candidate.externalId),
    )
    .slice(0, k)
    .map(({ candidate }) => candidate.externalId);
}
