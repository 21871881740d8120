import type { Concept } from "./concepts.data.ts";
import { ConceptMatcher, conceptMatcher, conceptToken, longestCover } from "./concepts.ts";
import { quoteLexeme } from "./document.ts";
import { bigrams, hangulRuns, normalizeText, stem, words } from "./text.ts";

/** A parsed search box: the `tsquery` to run, a looser fallback, and the words to highlight. */
export type SearchQuery = {
  /** Every term must match (through its own tokens or a concept that means the same). */
  all: string;
  /** Any term may match: used when `all` finds nothing. */
  any: string;
  /** The normalized query, for trigram name matching. */
  text: string;
  /** The query's own words plus every term, in both languages, of the concepts it named. */
  highlights: string[];
};

/** One term of the query: a tsquery expression, and the concepts it reached (for highlighting). */
type Group = { expression: string; concepts: Concept[] };

/**
 * Turns what someone typed into a query over the lexemes of `documentVector`. Each term becomes a group:
 * its own tokens (Korean bigrams, English word prefixes) OR the concepts it names, so 안경테 matches an
 * English-only "spectacle frames" record and "EV" matches 전기차. Undefined for a query without tokens.
 */
export function parseQuery(input: string): SearchQuery | undefined {
  const text = normalizeText(input).trim();
  const groups = [...koreanGroups(text), ...englishGroups(text)];
  if (groups.length === 0) return undefined;
  const highlights = new Set<string>([...hangulRuns(text), ...words(text)]);
  for (const group of groups) {
    for (const concept of group.concepts)
      for (const term of ConceptMatcher.terms(concept)) highlights.add(term);
  }
  const expressions = groups.map((group) => group.expression);
  return { all: expressions.join(" & "), any: expressions.join(" | "), text, highlights: [...highlights] };
}

/**
 * The query's Hangul words: each concept found (even across a space, 안경 프레임) becomes a group that
 * matches by its own bigrams or by the concept; what no concept covers must match by its bigrams. A lone
 * syllable left over next to a concept (안경테를 → 를) is a particle, not a word, and is dropped.
 */
function koreanGroups(text: string): Group[] {
  const runs = hangulRuns(text);
  const joined = runs.join("");
  const bounds: number[] = [];
  let end = 0;
  for (const run of runs) {
    end += run.length;
    bounds.push(end);
  }
  const piecesOf = (start: number, end: number) => {
    const pieces: string[] = [];
    let from = start;
    for (const bound of bounds) {
      if (bound > from && bound < end) {
        pieces.push(joined.slice(from, bound));
        from = bound;
      }
    }
    pieces.push(joined.slice(from, end));
    return pieces;
  };
  const own = (pieces: string[]) =>
    and(pieces.flatMap((piece) => (piece.length === 1 ? [prefix(piece)] : bigrams(piece).map(quoteLexeme))));
  const cover = conceptMatcher.inHangulWords(runs);
  const groups: { start: number; group: Group }[] = cover.map((match) => ({
    start: match.start,
    group: {
      expression: `(${own(piecesOf(match.start, match.end))} | ${concept(match.concept)})`,
      concepts: [match.concept],
    },
  }));
  let runStart = 0;
  for (const run of runs) {
    const runEnd = runStart + run.length;
    const inside = cover.filter((m) => m.start < runEnd && m.end > runStart);
    for (const gap of gaps(runStart, runEnd, inside)) {
      const piece = joined.slice(gap.start, gap.end);
      if (piece.length === 1 && inside.length > 0) continue;
      // A whole word no term matched may be a typo of one (블럭체인).
      const near = inside.length === 0 ? conceptMatcher.near(piece) : [];
      groups.push({ start: gap.start, group: { expression: anyOf(own([piece]), near), concepts: near } });
    }
    runStart = runEnd;
  }
  return groups.sort((a, b) => a.start - b.start).map((entry) => entry.group);
}

/**
 * English words: phrases of the dictionary become one group each. Whole words match exactly (by stem);
 * only the last word, which may still be being typed, matches as a prefix.
 */
function englishGroups(text: string): Group[] {
  const latin = words(text);
  const stems = latin.map(stem);
  const cover = longestCover(conceptMatcher.inStems(stems));
  const last = stems.length - 1;
  const groups: Group[] = [];
  for (let i = 0; i < stems.length; ) {
    const match = cover.find((m) => m.start === i);
    if (match) {
      // A complete dictionary term ("ev", "ai") is a word, not the start of "every" or "aim".
      const own = and(stems.slice(match.start, match.end).map(quoteLexeme));
      groups.push({ expression: `(${own} | ${concept(match.concept)})`, concepts: [match.concept] });
      i = match.end;
      continue;
    }
    const own = i === last ? prefix(stems[i]!) : quoteLexeme(stems[i]!);
    // Someone typing "semicond" or "robo" should already reach Korean-only records of those concepts,
    // and "titanum" those of titanium.
    const related = [
      ...new Set([
        ...(i === last ? conceptMatcher.startingWith(latin[i]!) : []),
        ...conceptMatcher.near(latin[i]!),
      ]),
    ];
    groups.push({ expression: anyOf(own, related), concepts: related });
    i++;
  }
  return groups;
}

const anyOf = (own: string, concepts: Concept[]) =>
  concepts.length === 0 ? own : `(${[own, ...concepts.map(concept)].join(" | ")})`;
const concept = (c: Concept) => quoteLexeme(conceptToken(c.id));
const prefix = (word: string) =>
  word.length >= 2 || /[\uac00-\ud7a3]/.test(word) ? `${quoteLexeme(word)}:*` : quoteLexeme(word);
const and = (parts: string[]) => (parts.length === 1 ? parts[0]! : `(${parts.join(" & ")})`);

/** The stretches of [start, end) that no match covers. */
function gaps(
  start: number,
  end: number,
  cover: { start: number; end: number }[],
): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let at = start;
  for (const match of cover) {
    if (match.start > at) parts.push({ start: at, end: Math.min(match.start, end) });
    at = Math.max(at, match.end);
  }
  if (at < end) parts.push({ start: at, end });
  return parts;
}
