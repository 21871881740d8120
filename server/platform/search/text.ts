/**
 * Splitting text into the pieces search works with. Korean has no reliable word boundaries (particles
 * stick to nouns: 안경테를, 안경테의), so Hangul runs are indexed as syllable bigrams; Latin text is split
 * into words. Both the index and the query go through these same functions.
 */

const HANGUL_RUN = /[\uac00-\ud7a3]+/g;
const WORD = /[a-z0-9]+/g;

/** Compatibility forms folded (full-width letters, ㈜), lower-cased, accents removed. */
export function normalizeText(text: string): string {
  // Most text is plain ASCII or Hangul syllables, which the Unicode round trips would leave as they are.
  if (/^[\t\n\r\x20-\x7e\uac00-\ud7a3]*$/.test(text)) return text.toLowerCase();
  return text
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC");
}

/** Runs of Hangul syllables, in order. */
export function hangulRuns(text: string): string[] {
  return text.match(HANGUL_RUN) ?? [];
}

/** Overlapping syllable pairs of a Hangul run; a one-syllable run is its own token. */
export function bigrams(run: string): string[] {
  if (run.length < 2) return [run];
  const pairs: string[] = [];
  for (let i = 0; i < run.length - 1; i++) pairs.push(run.slice(i, i + 2));
  return pairs;
}

const STOP_WORDS = new Set([
  "a",
  "an",
  "and",
  "the",
  "of",
  "for",
  "in",
  "on",
  "to",
  "with",
  "by",
  "at",
  "or",
]);

/** Latin and digit words, without the most common English function words. */
export function words(text: string): string[] {
  return (text.match(WORD) ?? []).filter((word) => !STOP_WORDS.has(word));
}

// Plurals that name something else than their singular: glasses are eyewear, glass is a material.
const KEEP = new Set(["glasses", "sunglasses", "goggles", "news", "series"]);

/** A light English stemmer: folds plurals so "frames" finds "frame" and "batteries" finds "battery". */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word) || KEEP.has(word)) return word;
  if (word.endsWith("uses")) return word.slice(0, -2);
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}
