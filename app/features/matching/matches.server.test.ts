import { describe, expect, it } from "vitest";
import { returnTo } from "./matches.server.ts";

describe("where a verdict form comes back to", () => {
  const current = new URL("http://localhost:3000/matches?closed=1");

  it("goes back to a page of this site", () => {
    expect(returnTo("/opportunities/abc", current).href).toBe("http://localhost:3000/opportunities/abc");
    expect(returnTo("/en/opportunities/abc?x=1", current).search).toBe("?x=1");
  });

  it.each([
    "//evil.example/x",
    "/.//evil.example",
    "/\\evil.example",
    "/x/../\\evil.example",
    "https://evil.example/",
  ])("stays on the current page for %s", (value) => {
    const target = returnTo(value, current);
    expect(target.origin).toBe("http://localhost:3000");
    expect(target.pathname.startsWith("//")).toBe(false);
  });

  it("stays on the current page without a value", () => {
    expect(returnTo(null, current)).toBe(current);
  });
});
