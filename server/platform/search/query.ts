import type { Concept } from "./concepts.data.ts";
import { ConceptMatcher, conceptMatcher, conceptToken } from "./concepts.ts";
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

/** Each Hangul run: all its bigrams, or the concepts inside it plus the bigrams of what they leave. */
function koreanGroups(text: string): Group[] {
  return text.split(/\s+/).flatMap((token) =>
    hangulRuns(token).map((run) => {
      const own = run.length === 1 ? prefix(run) : and(bigrams(run).map(quoteLexeme));
      const cover = longestCover(conceptMatcher.inHangulRun(run));
      if (cover.length === 0) return { expression: own, concepts: [] };
      // The concepts stand in for the syllables they cover; what is left (대구 in 대구안경테) must still match.
      const rest = gaps(run, cover).flatMap((part) =>
        part.length === 1 ? [prefix(part)] : bigrams(part).map(quoteLexeme),
      );
      const meaning = and([...cover.map((match) => concept(match.concept)), ...rest]);
      return { expression: `(${own} | ${meaning})`, concepts: cover.map((match) => match.concept) };
    }),
  );
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
    // Someone typing "semicond" or "robo" should already reach Korean-only records of those concepts.
    const started = i === last ? conceptMatcher.startingWith(latin[i]!) : [];
    groups.push({
      expression: started.length === 0 ? own : `(${[own, ...started.map(concept)].join(" | ")})`,
      concepts: started,
    });
    i++;
  }
  return groups;
}

const concept = (c: Concept) => quoteLexeme(conceptToken(c.id));
const prefix = (word: string) =>
  word.length >= 2 || /[\uac00-\ud7a3]/.test(word) ? `${quoteLexeme(word)}:*` : quoteLexeme(word);
const and = (parts: string[]) => (parts.length === 1 ? parts[0]! : `(${parts.join(" & ")})`);

/** Non-overlapping matches, longest first. */
function longestCover<M extends { start: number; end: number }>(matches: M[]): M[] {
  const chosen: M[] = [];
  for (const match of [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (chosen.every((c) => match.end <= c.start || match.start >= c.end)) chosen.push(match);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** The parts of a run that no match covers. */
function gaps(run: string, cover: { start: number; end: number }[]): string[] {
  const parts: string[] = [];
  let at = 0;
  for (const match of cover) {
    if (match.start > at) parts.push(run.slice(at, match.start));
    at = match.end;
  }
  if (at < run.length) parts.push(run.slice(at));
  return parts;
}
