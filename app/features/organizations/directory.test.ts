import { describe, expect, it } from "vitest";
import { directoryHref, exportHref, searchOf } from "./directory.query.ts";
import { readDirectoryQuery } from "./directory.server.ts";
import { directorySeo } from "./filter-labels.ts";
import { initials } from "./format.ts";
import { clip } from "./seo.ts";

const labels = {
  zones: { "suseong-alpha-city": { ko: "수성알파시티", en: "Suseong Alpha City" } },
  countries: { US: "미국" },
};

describe("the directory's query", () => {
  it("keeps known values, normalizes country codes and drops what the directory does not know", () => {
    const query = readDirectoryQuery(
      new URLSearchParams(
        "q=  안경 &kind=manufacturer&scope=mars&industry=eyewear-frames&zone=Bad Zone&market=us&stage=seed",
      ),
    );
    expect(query).toEqual({
      q: "안경",
      kind: "manufacturer",
      industry: "eyewear-frames",
      market: "US",
      stage: "seed",
    });
  });

  it("writes every state in one order, so equal filters are equal URLs", () => {
    expect(searchOf({ market: "US", q: "안경", kind: "manufacturer" })).toBe(
      "q=%EC%95%88%EA%B2%BD&kind=manufacturer&market=US",
    );
    expect(directoryHref("en", { kind: "startup", zone: "suseong-alpha-city" }, { kind: undefined })).toBe(
      "/en/directory?zone=suseong-alpha-city",
    );
    expect(directoryHref("ko", { industry: "eyewear" }, {}, 40)).toBe(
      "/directory?industry=eyewear&offset=40",
    );
    expect(directoryHref("ko", {}, {}, 20)).toBe("/directory?offset=20");
    expect(directoryHref("ko")).toBe("/directory");
    expect(exportHref("jsonl", { q: "a&b", zone: "x" })).toBe(
      "/directory/export?format=jsonl&q=a%26b&zone=x",
    );
  });
});

describe("titles and descriptions of a filtered directory", () => {
  it("names the search and the filters in the page's language", () => {
    const ko = directorySeo("ko", { q: "안경", kind: "manufacturer", market: "US" }, labels, 7);
    expect(ko.title).toBe(
      "“안경” · 제조기업 · 목표 시장: 미국 — 기업·기관 디렉터리 — 대구 글로벌 게이트웨이",
    );
    expect(ko.description).toContain("7곳");
    const en = directorySeo("en", { zone: "suseong-alpha-city" }, labels, 18);
    expect(en.title).toBe("Suseong Alpha City — Directory of companies and partners — Daegu Global Gateway");
    expect(en.description).toBe(
      "18 organizations matching Innovation zone: Suseong Alpha City in the Daegu Global Gateway directory.",
    );
    expect(directorySeo("en", {}, labels, 74).title).toBe(
      "Directory of companies and partners — Daegu Global Gateway",
    );
  });
});

describe("small labels", () => {
  it.each([
    ["㈜한빛옵틱스", "한빛"],
    ["농업회사법인 ㈜달구벌김치", "달구"],
    ["Hanbit Optics Co., Ltd.", "HO"],
    ["NVIDIA", "N"],
    ["", "?"],
  ])("initials of %s are %s", (name, expected) => {
    expect(initials(name)).toBe(expected);
  });

  it("clips a description at a word", () => {
    expect(clip("short")).toBe("short");
    const long = clip("word ".repeat(60));
    expect(long.length).toBeLessThanOrEqual(160);
    expect(long.endsWith("word…")).toBe(true);
  });
});
