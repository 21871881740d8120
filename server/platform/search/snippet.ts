/** A piece of a snippet; `match` pieces are shown highlighted. */
export type SnippetPart = { text: string; match?: true };
export type Snippet = { field: string; locale: "ko" | "en"; parts: SnippetPart[] };
export type SnippetSource = { field: string; locale: "ko" | "en"; text: string | null | undefined };

const WINDOW = 160;

/**
 * The first source (in the order given: the reader's language first) that contains a highlight term,
 * cut to a window around the first match, with every match marked. Latin terms match at word starts
 * ("frame" in "frames", not "ai" in "said"); Korean terms anywhere. Plain text parts, never HTML.
 */
export function snippetOf(sources: SnippetSource[], terms: string[]): Snippet | undefined {
  return snippetsFor(terms)(sources);
}

/** `snippetOf` for many records of one query: the pattern is built once. */
export function snippetsFor(terms: string[]): (sources: SnippetSource[]) => Snippet | undefined {
  const pattern = termPattern(terms);
  return (sources) => (pattern ? cut(sources, pattern) : undefined);
}

function cut(sources: SnippetSource[], pattern: RegExp): Snippet | undefined {
  const all = new RegExp(pattern.source, "giu");
  for (const { field, locale, text } of sources) {
    if (!text) continue;
    const first = pattern.exec(text);
    if (!first) continue;
    const start = windowStart(text, first.index);
    const end = Math.min(text.length, start + WINDOW);
    const window = text.slice(start, end);
    const parts: SnippetPart[] = [];
    let at = 0;
    for (const match of window.matchAll(all)) {
      if (match.index > at) parts.push({ text: window.slice(at, match.index) });
      parts.push({ text: match[0], match: true });
      at = match.index + match[0].length;
    }
    if (at < window.length) parts.push({ text: window.slice(at) });
    if (start > 0) parts.unshift({ text: "…" });
    if (end < text.length) parts.push({ text: "…" });
    return { field, locale, parts };
  }
  return undefined;
}

function termPattern(terms: string[]): RegExp | undefined {
  const alternatives = [...new Set(terms.filter((term) => term.length > 0))]
    .sort((a, b) => b.length - a.length)
    .map((term) => {
      const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s*");
      return /^[a-z0-9]/i.test(term) ? `(?<![\\p{L}\\p{N}])${escaped}[\\p{L}\\p{N}]*` : escaped;
    });
  return alternatives.length > 0 ? new RegExp(alternatives.join("|"), "iu") : undefined;
}

/** Start the window a little before the match, at a word boundary when there is one nearby. */
function windowStart(text: string, matchAt: number): number {
  if (matchAt < 40) return 0;
  const from = matchAt - 40;
  const space = text.indexOf(" ", from);
  return space !== -1 && space < matchAt ? space + 1 : from;
}
