import { describe, expect, it } from "vitest";
import { pageUrl } from "./page-url.ts";

describe("the page behind a data request", () => {
  it.each([
    ["http://g.test/account.data?_routes=routes%2Faccount", "/account"],
    ["http://g.test/en/admin/audit.data?action=x&_routes=r", "/en/admin/audit?action=x"],
    ["http://g.test/_root.data?_routes=r", "/"],
    ["http://g.test/account", "/account"],
  ])("%s is %s", (url, expected) => {
    const page = pageUrl(new Request(url));
    expect(page.pathname + page.search).toBe(expected);
  });
});
