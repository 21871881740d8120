import { describe, expect, it } from "vitest";
import { industryCodes } from "../../../contracts/industries/taxonomy.ts";
import { type Concept, concepts } from "./concepts.data.ts";
import { normalizeText, stem, words } from "./text.ts";

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HANGUL_TERM = /^[\uac00-\ud7a3]{2,}$/;

/** An English term as the matcher sees it: its words, stemmed (so "frames" and "frame" are one term). */
const englishKey = (term: string) => words(normalizeText(term)).map(stem).join(" ");

function conceptOf(term: string): Concept | undefined {
  const key = HANGUL_TERM.test(term) ? term : englishKey(term);
  return concepts.find((concept) =>
    HANGUL_TERM.test(term) ? concept.ko.includes(key) : concept.en.some((en) => englishKey(en) === key),
  );
}

/** Concepts whose Korean terms occur in a text once its spaces are gone, as document matching sees it. */
function koreanConceptsIn(text: string): string[] {
  const joined = text.replace(/\s+/g, "");
  return concepts.filter((concept) => concept.ko.some((term) => joined.includes(term))).map((c) => c.id);
}

describe("the concept dictionary", () => {
  it("is a real dictionary, not a seed", () => {
    expect(concepts.length).toBeGreaterThanOrEqual(150);
  });

  it("has unique kebab-case ids", () => {
    const ids = concepts.map((concept) => concept.id);
    for (const id of ids) expect(id, id).toMatch(KEBAB);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives every concept a term in each language", () => {
    for (const concept of concepts) {
      expect(concept.ko.length, concept.id).toBeGreaterThan(0);
      expect(concept.en.length, concept.id).toBeGreaterThan(0);
    }
  });

  it("writes Korean terms as at least two Hangul syllables, without spaces", () => {
    for (const concept of concepts) {
      for (const term of concept.ko) expect(term, `${concept.id}: ${term}`).toMatch(HANGUL_TERM);
    }
  });

  it("writes English terms in lower case, trimmed, with at least one searchable word", () => {
    for (const concept of concepts) {
      for (const term of concept.en) {
        expect(term, `${concept.id}: ${term}`).toBe(term.toLowerCase().trim().replace(/\s+/g, " "));
        expect(englishKey(term), `${concept.id}: ${term}`).not.toBe("");
      }
    }
  });

  it("puts no term in two concepts (Korean as written, English lower-cased and as matched)", () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    const claim = (key: string, id: string) => {
      const owner = owners.get(key);
      if (owner && owner !== id) clashes.push(`${key}: ${owner} and ${id}`);
      owners.set(key, id);
    };
    for (const concept of concepts) {
      for (const term of concept.ko) claim(`ko:${term}`, concept.id);
      for (const term of concept.en) {
        claim(`en:${term.toLowerCase()}`, concept.id);
        claim(`stem:${englishKey(term)}`, concept.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("names only industry codes of the taxonomy, each for one concept, and covers every code but other", () => {
    const withIndustry = concepts.filter((concept) => concept.industry !== undefined);
    for (const concept of withIndustry) expect(industryCodes, concept.id).toContain(concept.industry);
    const codes = withIndustry.map((concept) => concept.industry);
    expect(new Set(codes).size).toBe(codes.length);
    const missing = industryCodes.filter((code) => code !== "other" && !codes.includes(code));
    expect(missing).toEqual([]);
  });

  it.each([
    [["안경", "eyewear", "glasses", "eyeglass"], "eyewear"],
    [["안경테", "spectacle frame", "eyeglass frames", "eyewear frame"], "eyewear-frames"],
    [["티타늄", "titanium"], "titanium"],
    [["전기차", "전기자동차", "ev", "electric vehicle", "EVs"], "electric-vehicle"],
    [["인공지능", "ai", "artificial intelligence"], "ai"],
    [["의료기기", "medical device", "medical devices"], "medical-devices"],
    [["식품", "food"], "food"],
    [["김치", "kimchi"], "kimchi"],
    [["반도체", "semiconductor", "chips"], "semiconductors"],
    [["로봇", "로보틱스", "robot", "robotics"], "robotics"],
    [["협동로봇", "cobot", "collaborative robot"], "cobot"],
    [["자율주행", "self-driving", "autonomous driving"], "autonomous-driving"],
    [["도심항공교통", "uam", "urban air mobility"], "urban-air-mobility"],
    [["거대언어모델", "llm", "large language model"], "language-ai"],
    [["주문자상표부착", "oem"], "oem"],
    [["사과", "apple"], "apple"],
    [["막걸리", "makgeolli"], "makgeolli"],
    [["고추장", "gochujang"], "gochujang"],
    [["원단", "직물", "fabric"], "fabric"],
    [["대학교", "university"], "university"],
    [["엔비디아", "nvidia"], "nvidia"],
    [["플러그앤플레이", "plug and play", "PnP"], "plug-and-play"],
  ])("keeps %j together as %s", (terms, id) => {
    for (const term of terms) expect(conceptOf(term)?.id, term).toBe(id);
  });

  it("keeps British and American spellings together", () => {
    for (const [a, b] of [
      ["aluminium", "aluminum"],
      ["mould", "mold"],
      ["anodising", "anodizing"],
      ["carbon fibre", "carbon fiber"],
      ["data centre", "data center"],
      ["localisation", "localization"],
    ] as const) {
      expect(conceptOf(a)?.id, a).toBe(conceptOf(b)?.id);
      expect(conceptOf(a), a).toBeDefined();
    }
  });

  // Text is matched with its spaces removed, so a term must not appear across the words of everyday prose.
  it.each([
    ["지원 사업에 참여", "yarn"],
    ["다양한 식품을", "k-food"],
    ["필요하다면 연락", "noodle"],
    ["연구소 주관으로", "distilled-spirits"],
    ["지원 전략", "nuclear"],
    ["대구에 소재한 기업", "composite"],
    ["스마트 공장", "retail"],
    ["회사와 인재", "wine"],
    ["기업은 행사에", "finance"],
    ["업무 테스트", "eyewear-frames"],
    ["생산 단계", "industrial-complex"],
    ["공동 구매", "dongdaegu"],
    ["기업의 원가", "hospital"],
    ["계약 주체", "traditional-liquor"],
    ["인기 아이템", "hyundai"],
    ["개선 반영", "machine-tools"],
    ["상위 성과", "aerospace"],
    ["미국에 코트라", "sustainability"],
  ])("does not read %s as %s", (text, id) => {
    expect(koreanConceptsIn(text)).not.toContain(id);
  });
});
