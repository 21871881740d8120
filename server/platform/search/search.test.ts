import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentVector } from "./document.ts";
import { parseQuery } from "./query.ts";
import { snippetOf } from "./snippet.ts";
import { bigrams, stem } from "./text.ts";

const lexemes = (vector: string) =>
  new Set([...vector.matchAll(/'((?:[^']|'')+)':1[A-D]/g)].map((m) => m[1]));

describe("search tokens", () => {
  it("indexes Korean as syllable bigrams, so particles do not hide the noun", () => {
    expect(bigrams("안경테를")).toEqual(["안경", "경테", "테를"]);
    expect(bigrams("빵")).toEqual(["빵"]);
    const vector = lexemes(documentVector([{ text: "티타늄 안경테를 만듭니다", weight: "B" }]));
    for (const token of ["티타", "타늄", "안경", "경테"]) expect(vector).toContain(token);
  });

  it("indexes English words with their singular, and the concepts a text names", () => {
    const vector = lexemes(documentVector([{ text: "Titanium spectacle frames", weight: "A" }]));
    expect(vector).toContain("frames");
    expect(vector).toContain("frame");
    expect(vector).toContain("#titanium");
    expect(vector).toContain("#eyewear-frames");
  });

  it("gives records the concepts of their industry codes, sub-sectors included", () => {
    const vector = lexemes(documentVector([{ text: "Kim & Lee", weight: "A" }], ["medical-devices"]));
    expect(vector).toContain("#medical-devices");
  });

  it("folds plurals without mangling short words and numbers", () => {
    expect(stem("batteries")).toBe("battery");
    expect(stem("frames")).toBe("frame");
    expect(stem("glasses")).toBe("glasses"); // eyewear, not the material
    expect(stem("buses")).toBe("bus");
    expect(stem("bus")).toBe("bus");
    expect(stem("5gs")).toBe("5gs");
  });
});

describe("parseQuery", () => {
  it("lets each Korean term match through its bigrams or its concept", () => {
    const query = parseQuery("티타늄 안경테")!;
    expect(query.all).toContain("'#titanium'");
    expect(query.all).toContain("'#eyewear-frames'");
    expect(query.all).toContain("('안경' & '경테')");
    expect(query.highlights).toEqual(expect.arrayContaining(["titanium", "안경테"]));
  });

  it("keeps the part of a compound that no concept covers (한빛 in 한빛안경테)", () => {
    expect(parseQuery("한빛안경테")!.all).toBe("'한빛' & (('안경' & '경테') | '#eyewear-frames')");
  });

  it("treats complete dictionary words as words and only the last word as a prefix", () => {
    const query = parseQuery("ev batt")!;
    expect(query.all).toContain("('ev' | '#electric-vehicle')");
    expect(query.all).toContain("'batt':*");
    expect(query.all).not.toContain("'ev':*");
  });

  it("returns nothing for input without letters or digits", () => {
    expect(parseQuery("  !!! ")).toBeUndefined();
  });

  it("always produces a tsquery whose quotes are balanced, whatever is typed", () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const query = parseQuery(input);
        if (!query) return;
        const unquoted = query.all.replace(/'(?:[^']|'')*'/g, "");
        expect(unquoted).toMatch(/^[\s()&|:*]*$/);
      }),
    );
  });
});

describe("typos of dictionary terms", () => {
  it("reach the concept one typo away in English and in Korean, but leave short words alone", () => {
    expect(parseQuery("titanum")!.all).toContain("'#titanium'");
    expect(parseQuery("블럭체인")!.all).toContain("'#blockchain'");
    expect(parseQuery("aim")!.all).toBe("'aim':*");
  });

  it("do not read a word across a space as a compound unless both sides give two syllables", () => {
    expect(parseQuery("자동 차광")!.all).toBe("'자동' & '차광'");
    expect(parseQuery("안경 프레임")!.all).toContain("'#eyewear-frames'");
  });
});

describe("snippetOf", () => {
  it("marks matches at word starts, in the first source that has one", () => {
    const snippet = snippetOf(
      [
        { field: "name", locale: "en", text: "Said Works" },
        { field: "summary", locale: "en", text: "We make titanium spectacle frames." },
      ],
      ["titanium", "spectacle frame", "ai"],
    )!;
    expect(snippet.field).toBe("summary");
    expect(snippet.parts.filter((part) => part.match).map((part) => part.text)).toEqual([
      "titanium",
      "spectacle frames",
    ]);
  });

  it("cuts long text to a window around the first match", () => {
    const text = `${"가".repeat(300)} 안경테 ${"나".repeat(300)}`;
    const snippet = snippetOf([{ field: "description", locale: "ko", text }], ["안경테"])!;
    const joined = snippet.parts.map((part) => part.text).join("");
    expect(joined.length).toBeLessThan(200);
    expect(snippet.parts[0]!.text).toBe("…");
    expect(snippet.parts.some((part) => part.match && part.text === "안경테")).toBe(true);
  });
});
