import { describe, expect, it } from "vitest";
import { safeNext } from "./accounts.server.ts";

describe("where to go after signing in", () => {
  it.each([
    ["/account", "/account"],
    ["/en/invitations/accept?token=inv_x", "/en/invitations/accept?token=inv_x"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    ["", "/"],
  ])("next=%s goes to %s", (next, expected) => {
    expect(safeNext(new URL(`http://gateway.test/sign-in?next=${encodeURIComponent(next)}`), "/")).toBe(
      expected,
    );
  });
});
