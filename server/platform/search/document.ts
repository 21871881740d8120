import { parentOf } from "../../../contracts/industries/taxonomy.ts";
import { conceptMatcher, conceptToken } from "./concepts.ts";
import { bigrams, hangulRuns, normalizeText, stem, words } from "./text.ts";

/** PostgreSQL's weights: A (names) ranks highest, D lowest. */
export type Weight = "A" | "B" | "C" | "D";
export type WeightedText = { text: string | null | undefined; weight: Weight };

const rank: Record<Weight, number> = { A: 4, B: 3, C: 2, D: 1 };

/**
 * The lexemes of a record as a `tsvector` literal: Korean bigrams, English words and their stems, and
 * the concepts the text names (so an English-only record carries `#eyewear` and a Korean query for 안경
 * finds it). Industry codes add their concepts too. Each lexeme keeps its highest weight.
 */
export function documentVector(parts: WeightedText[], industries: readonly string[] = []): string {
  const lexemes = new Map<string, Weight>();
  const add = (lexeme: string, weight: Weight) => {
    const current = lexemes.get(lexeme);
    if (!current || rank[weight] > rank[current]) lexemes.set(lexeme, weight);
  };
  for (const { text, weight } of parts) {
    if (!text) continue;
    const normalized = normalizeText(text);
    for (const run of hangulRuns(normalized)) for (const pair of bigrams(run)) add(pair, weight);
    for (const word of words(normalized)) {
      add(word, weight);
      add(stem(word), weight);
    }
    for (const id of conceptMatcher.inText(normalized)) add(conceptToken(id), weight);
  }
  // A record filed under a code means that concept; its parent's concept (sensors → semiconductors) is
  // weaker evidence, so it ranks below records that are about the parent itself.
  for (const code of industries) {
    for (const concept of conceptMatcher.forIndustry(code)) add(conceptToken(concept.id), "B");
    const parent = parentOf(code);
    if (parent) for (const concept of conceptMatcher.forIndustry(parent)) add(conceptToken(concept.id), "D");
  }
  return [...lexemes].map(([lexeme, weight]) => `${quoteLexeme(lexeme)}:1${weight}`).join(" ");
}

/** Names in both languages for trigram matching: typos in a name still find it. */
export function searchNames(name: { ko?: string | undefined; en?: string | undefined }): string {
  return normalizeText([name.ko, name.en].filter(Boolean).join(" "));
}

/** A lexeme quoted for PostgreSQL's tsvector and tsquery input syntax. */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/**
 * The concept ids a record names in its text, plus those of its industry codes and their parents (a
 * frame maker filed under eyewear-frames is an eyewear company too): what matching compares.
 */
export function documentConcepts(
  texts: readonly (string | null | undefined)[],
  industries: readonly string[] = [],
): string[] {
  const ids = new Set<string>();
  for (const text of texts) {
    if (text) for (const id of conceptMatcher.inText(normalizeText(text))) ids.add(id);
  }
  for (const code of industries) {
    for (const concept of conceptMatcher.forIndustry(code)) ids.add(concept.id);
    const parent = parentOf(code);
    if (parent) for (const concept of conceptMatcher.forIndustry(parent)) ids.add(concept.id);
  }
  return [...ids].sort();
}
