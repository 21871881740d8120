import { abbAndIct } from "./concepts/abb-ict.ts";
import { ecosystem } from "./concepts/ecosystem.ts";
import { mobility } from "./concepts/mobility.ts";
import { otherSectors } from "./concepts/other-sectors.ts";
import { roboticsHealthcareSemiconductors } from "./concepts/robotics-healthcare-semiconductors.ts";
import { traditionalSectors } from "./concepts/traditional.ts";

/** One meaning with its words in both languages. */
export type Concept = {
  /** kebab-case, stable: becomes an index token. */
  id: string;
  /** Korean terms, each at least 2 Hangul syllables (matched as substrings of Korean text, so avoid terms that are common substrings of unrelated words). */
  ko: string[];
  /** English terms, lower-case, single words or multi-word phrases (matched as whole word sequences; a trailing plural "s"/"es" is folded automatically, so write singulars). */
  en: string[];
  /** Contract §6 industry code or sub-sector code (see contracts/industries/taxonomy.ts) this concept stands for, if any. */
  industry?: string;
};

/*
 * The bilingual concept dictionary of directory search.
 *
 * Korean terms are found in text with its spaces removed, so a term must not hide across a word boundary
 * of everyday prose: 원사 (yarn) is left out because 지원 사업 → 지원사업 contains it, 한식 because
 * 다양한 식품 → 다양한식품 does, 라면 because every "-라면" (if) ending does, 소주 because 연구소 주관 does,
 * 원전 because 지원 전략 does, bare 소재 because it also means "located in". Longer, safer forms stand in.
 * English terms go through the same word splitting and plural folding as text (text.ts): "lens" folds to
 * "len" but "lenses" to "lense", so both are listed; hyphens split words, so "self-driving" is fine.
 * A term belongs to one concept only (concepts.data.test.ts); a broader concept is found through its own,
 * shorter term inside a longer one (안경 inside 안경테), never by repeating the term.
 */
export const concepts: Concept[] = [
  ...abbAndIct,
  ...mobility,
  ...roboticsHealthcareSemiconductors,
  ...traditionalSectors,
  ...otherSectors,
  ...ecosystem,
];
