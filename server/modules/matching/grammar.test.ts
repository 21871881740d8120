import { describe, expect, it } from "vitest";
import { josa, withArticle } from "./grammar.ts";

describe("particles and articles in generated reasons", () => {
  it.each([
    ["한빛광학", "은/는", "한빛광학은"],
    ["㈜한빛옵틱스", "은/는", "㈜한빛옵틱스는"],
    ["대구은행", "이/가", "대구은행이"],
    ["기회", "이/가", "기회가"],
    ["부품", "을/를", "부품을"],
    ["안경테", "을/를", "안경테를"],
    ["‘안경테’", "을/를", "‘안경테’를"],
    ["Meta", "은/는", "Meta은(는)"],
  ] as const)("%s + %s → %s", (word, particle, expected) => {
    expect(josa(word, particle)).toBe(expected);
  });

  it.each([
    ["manufacturer", "a manufacturer"],
    ["enterprise", "an enterprise"],
    ["SME", "an SME"],
    ["investor", "an investor"],
    ["startup", "a startup"],
  ])("%s → %s", (noun, expected) => {
    expect(withArticle(noun)).toBe(expected);
  });
});
