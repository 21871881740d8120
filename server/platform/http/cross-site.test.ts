import { describe, expect, it } from "vitest";
import { isCrossSite } from "./cross-site.ts";

describe("cross-site form posts", () => {
  it.each([
    [{ "sec-fetch-site": "same-origin" }, false],
    [{ "sec-fetch-site": "none" }, false],
    [{ "sec-fetch-site": "cross-site", origin: "http://gateway.test" }, true],
    [{ "sec-fetch-site": "same-site" }, true],
    [{ origin: "http://gateway.test" }, false],
    [{ origin: "https://evil.example" }, true],
    [{ origin: "null" }, true],
    [{}, false],
  ])("%j is cross-site: %s", (headers, expected) => {
    expect(isCrossSite(headers, "gateway.test")).toBe(expected);
  });
});
