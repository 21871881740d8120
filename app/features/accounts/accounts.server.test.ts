import { describe, expect, it } from "vitest";
import { errorsOf, safeNext } from "./accounts.server.ts";

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

describe("Better Auth's answers as form errors", () => {
  const answer = (status: number, data: Record<string, unknown> = {}, retryAfterSeconds?: number) => ({
    status,
    data,
    setCookies: [],
    retryAfterSeconds,
  });

  it("tells a rate-limited person when to try again", () => {
    expect(errorsOf(answer(429, {}, 42))).toEqual({
      form: { key: "auth.error.rateLimited", values: { seconds: 42 } },
    });
  });

  it.each([
    ["INVALID_EMAIL_OR_PASSWORD", { form: { key: "auth.error.invalid" } }],
    ["USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL", { email: { key: "auth.error.exists" } }],
    ["PASSWORD_TOO_COMMON", { password: { key: "auth.error.tooCommon" } }],
    ["SOMETHING_NEW", { form: { key: "auth.error.unknown" } }],
  ])("pins %s to its field", (code, expected) => {
    expect(errorsOf(answer(400, { code }))).toEqual(expected);
  });
});
