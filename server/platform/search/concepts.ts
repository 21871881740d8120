import { type Concept, concepts } from "./concepts.data.ts";
import { hangulRuns, normalizeText, stem, words } from "./text.ts";

/** The index token that stands for a concept; `#` never starts a word token, so prefixes cannot reach it. */
export const conceptToken = (id: string) => `#${id}`;

type Phrase = { concept: Concept; stems: string[] };

/**
 * Finds the bilingual concepts named in a text: Korean terms as substrings of a Hangul run, English terms
 * as whole (stemmed) word sequences. Both lookups start from an index on the first bigram or first word,
 * so a document costs a few map lookups per token, not one scan per term.
 */
export class ConceptMatcher {
  private readonly korean = new Map<string, { term: string; concept: Concept }[]>();
  private readonly english = new Map<string, Phrase[]>();
  private readonly byIndustry = new Map<string, Concept[]>();
  private readonly list: readonly Concept[];

  constructor(list: readonly Concept[]) {
    this.list = list;
    for (const concept of list) {
      for (const term of concept.ko) {
        const key = term.slice(0, 2);
        const entries = this.korean.get(key) ?? [];
        entries.push({ term, concept });
        this.korean.set(key, entries);
      }
      for (const term of concept.en) {
        const stems = words(normalizeText(term)).map(stem);
        if (stems.length === 0) continue;
        const entries = this.english.get(stems[0]!) ?? [];
        entries.push({ concept, stems });
        this.english.set(stems[0]!, entries);
      }
      if (concept.industry) {
        const entries = this.byIndustry.get(concept.industry) ?? [];
        entries.push(concept);
        this.byIndustry.set(concept.industry, entries);
      }
    }
    // Longest first, so "spectacle frame" wins over "spectacle" where both start at the same word.
    for (const entries of this.english.values()) entries.sort((a, b) => b.stems.length - a.stems.length);
    for (const entries of this.korean.values()) entries.sort((a, b) => b.term.length - a.term.length);
  }

  /** Every concept whose Korean term occurs in the run, with where it occurs. */
  inHangulRun(run: string): { concept: Concept; start: number; end: number }[] {
    const found: { concept: Concept; start: number; end: number }[] = [];
    for (let i = 0; i < run.length - 1; i++) {
      for (const { term, concept } of this.korean.get(run.slice(i, i + 2)) ?? []) {
        if (run.startsWith(term, i)) found.push({ concept, start: i, end: i + term.length });
      }
    }
    return found;
  }

  /** Every concept whose English phrase occurs in the stemmed words, with the words it covers. */
  inStems(stems: string[]): { concept: Concept; start: number; end: number }[] {
    const found: { concept: Concept; start: number; end: number }[] = [];
    stems.forEach((first, i) => {
      for (const phrase of this.english.get(first) ?? []) {
        if (phrase.stems.every((word, k) => stems[i + k] === word)) {
          found.push({ concept: phrase.concept, start: i, end: i + phrase.stems.length });
        }
      }
    });
    return found;
  }

  /** Concept ids named anywhere in a text, in either language (`normalized` by normalizeText). */
  inText(normalized: string): Set<string> {
    const ids = new Set<string>();
    for (const run of hangulRuns(normalized.replace(/\s+/g, ""))) {
      for (const match of this.inHangulRun(run)) ids.add(match.concept.id);
    }
    for (const match of this.inStems(words(normalized).map(stem))) ids.add(match.concept.id);
    return ids;
  }

  /** Concepts that stand for an industry code; a sub-sector also counts for its parent's concepts. */
  forIndustry(code: string): Concept[] {
    return this.byIndustry.get(code) ?? [];
  }

  /** Concepts with a one-word English term that starts with, and is longer than, a word of 3+ letters. */
  startingWith(word: string): Concept[] {
    if (word.length < 3) return [];
    return this.list
      .filter((concept) =>
        concept.en.some(
          (term: string) => term.length > word.length && term.startsWith(word) && !term.includes(" "),
        ),
      )
      .slice(0, 8);
  }

  /** Terms of a concept in both languages, for highlighting. */
  static terms(concept: Concept): string[] {
    return [...concept.ko, ...concept.en];
  }
}

export const conceptMatcher = new ConceptMatcher(concepts);
export type { Concept };
