import { type Concept, concepts } from "./concepts.data.ts";
import { hangulRuns, normalizeText, stem, words } from "./text.ts";

/** The index token that stands for a concept; `#` never starts a word token, so prefixes cannot reach it. */
export const conceptToken = (id: string) => `#${id}`;

type Phrase = { concept: Concept; stems: string[] };
/** A concept found at [start, end) of a run (syllables) or of a word list (words). */
export type Match = { concept: Concept; start: number; end: number };

/** Non-overlapping matches, longest first, in text order. */
export function longestCover<M extends { start: number; end: number }>(matches: M[]): M[] {
  const chosen: M[] = [];
  for (const match of [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (chosen.every((c) => match.end <= c.start || match.start >= c.end)) chosen.push(match);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

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
  private readonly ids: Map<string, Concept>;

  constructor(list: readonly Concept[]) {
    this.list = list;
    this.ids = new Map(list.map((concept) => [concept.id, concept]));
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

  /**
   * Concepts in a sequence of Hangul runs (the words of a text or a query), longest first. A term may
   * span two neighbouring words when it takes at least two syllables from each (의료 기기 = 의료기기),
   * which keeps 자동 차광 from reading as 자동차.
   */
  inHangulWords(runs: string[]): Match[] {
    const found: Match[] = [];
    let offset = 0;
    runs.forEach((run, i) => {
      for (const m of this.inHangulRun(run))
        found.push({ ...m, start: offset + m.start, end: offset + m.end });
      const next = runs[i + 1];
      if (next && run.length >= 2 && next.length >= 2) {
        const boundary = run.length;
        for (const m of this.inHangulRun(run + next)) {
          if (m.start <= boundary - 2 && m.end >= boundary + 2 && m.end <= boundary + next.length) {
            found.push({ ...m, start: offset + m.start, end: offset + m.end });
          }
        }
      }
      offset += run.length;
    });
    return longestCover(found);
  }

  /** Concept ids named anywhere in a text, in either language (`normalized` by normalizeText). */
  inText(normalized: string): Set<string> {
    const ids = new Set<string>();
    for (const match of this.inHangulWords(hangulRuns(normalized))) ids.add(match.concept.id);
    for (const match of longestCover(this.inStems(words(normalized).map(stem)))) ids.add(match.concept.id);
    return ids;
  }

  /**
   * Where a text names each concept, as the words it used (안경테, "titanium frames"): the evidence a
   * match explanation quotes. The first mention of each concept wins.
   */
  mentions(text: string): Map<string, string> {
    const found = new Map<string, string>();
    const normalized = normalizeText(text);
    const runs = hangulRuns(normalized);
    const joined = runs.join("");
    for (const match of this.inHangulWords(runs)) {
      if (!found.has(match.concept.id)) found.set(match.concept.id, joined.slice(match.start, match.end));
    }
    const all = words(normalized);
    for (const match of longestCover(this.inStems(all.map(stem)))) {
      if (!found.has(match.concept.id))
        found.set(match.concept.id, all.slice(match.start, match.end).join(" "));
    }
    return found;
  }

  /** The concept with this id, if the dictionary has it. */
  byId(id: string): Concept | undefined {
    return this.ids.get(id);
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

  /**
   * Concepts with a term one typo away (two for long words) from a word that matched no term:
   * "titanum" → titanium, "semiconducter" → semiconductor, 블럭체인 → 블록체인. Short words are left
   * alone: at four letters, one typo away is another word.
   */
  near(word: string): Concept[] {
    const limit =
      word.length >= 8 ? 2 : word.length >= 5 || (/[\uac00-\ud7a3]/.test(word) && word.length >= 3) ? 1 : 0;
    if (limit === 0) return [];
    const found = new Set<Concept>();
    for (const concept of this.list) {
      for (const term of [...concept.ko, ...concept.en]) {
        if (Math.abs(term.length - word.length) <= limit && editDistance(term, word, limit) <= limit)
          found.add(concept);
      }
    }
    return [...found].slice(0, 5);
  }

  /** Terms of a concept in both languages, for highlighting. */
  static terms(concept: Concept): string[] {
    return [...concept.ko, ...concept.en];
  }
}

export const conceptMatcher = new ConceptMatcher(concepts);
export type { Concept };

/** Levenshtein distance with adjacent swaps, giving up (returning limit + 1) once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let before: number[] = [];
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}
