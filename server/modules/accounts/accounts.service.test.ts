import { beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../testing/app.ts";
import { testAdmin } from "../../testing/factories.ts";

describe("platform roles", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    setup = await createTestApp();
    await setup.services.accounts.call("/sign-up/email", {
      body: { email: "reviewer@example.kr", password: "daegu-review-2026", name: "R" },
      ip: "10.1.1.1",
    });
  });

  it("lets an admin give a role, audited with before and after", async () => {
    const user = await setup.services.accounts.setRole(testAdmin, "reviewer@example.kr", "reviewer");
    expect(user).toMatchObject({ email: "reviewer@example.kr", role: "reviewer" });
    const { items } = await setup.services.audit.list(
      testAdmin,
      { action: "user.set-role" },
      { limit: 5, offset: 0 },
    );
    expect(items[0]).toMatchObject({
      resourceId: user.id,
      before: { role: null },
      after: { role: "reviewer" },
    });
  });

  it("refuses anyone else, and names unknown users", async () => {
    const reviewer = { actor: { kind: "user" as const, id: "u", label: "r", role: "reviewer" as const } };
    await expect(
      setup.services.accounts.setRole(reviewer, "reviewer@example.kr", "admin"),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      setup.services.accounts.setRole(testAdmin, "nobody@example.kr", "admin"),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
