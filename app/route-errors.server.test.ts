import { isRouteErrorResponse } from "react-router";
import { describe, expect, it } from "vitest";
import { asRoute } from "./route-errors.server.ts";

const refused = (code: string) => Promise.reject(Object.assign(new Error(code), { code }));

describe("service refusals in pages", () => {
  it.each([
    ["NOT_FOUND", 404],
    ["FORBIDDEN", 403],
    ["UNAUTHENTICATED", 401],
    ["CONFLICT", 409],
  ])("%s becomes HTTP %i for the error boundary", async (code, status) => {
    const thrown = await asRoute(refused(code)).catch((error: unknown) => error);
    expect(
      isRouteErrorResponse(thrown) || (thrown as { type?: string }).type === "DataWithResponseInit",
    ).toBe(true);
    expect((thrown as { init?: { status?: number } }).init?.status).toBe(status);
  });

  it("lets unexpected errors through, and values pass", async () => {
    await expect(asRoute(Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(asRoute(Promise.resolve(7))).resolves.toBe(7);
  });
});
