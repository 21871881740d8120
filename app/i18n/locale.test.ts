import { describe, expect, it } from "vitest";
import { localeFromPath, pathInLocale } from "./locale.ts";
import { messages } from "./messages.ts";

describe("language in the URL", () => {
  it.each([
    ["/", "ko"],
    ["/en", "en"],
    ["/en/organizations/x", "en"],
    ["/english", "ko"],
    ["/organizations", "ko"],
  ])("%s is %s", (path, locale) => {
    expect(localeFromPath(path)).toBe(locale);
  });

  it.each([
    ["/", "en", "/en"],
    ["/en", "ko", "/"],
    ["/a/b", "en", "/en/a/b"],
    ["/en/a/b", "ko", "/a/b"],
    ["/en/a", "en", "/en/a"],
  ] as const)("%s in %s is %s", (path, locale, expected) => {
    expect(pathInLocale(path, locale)).toBe(expected);
  });

  it("has every interface string in both languages, none empty", () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.ko).sort());
    for (const locale of ["ko", "en"] as const) {
      for (const [key, text] of Object.entries(messages[locale]))
        expect(text.trim(), `${locale} ${key}`).not.toBe("");
    }
  });
});
