import { beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../testing/app.ts";
import { testAdmin } from "../../testing/factories.ts";

describe("listing people (city admins)", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    setup = await createTestApp();
    for (const [i, email] of ["kim@frames.kr", "lee@foods.kr", "park@frames.kr"].entries()) {
      await setup.services.accounts.call("/sign-up/email", {
        body: { email, password: "daegu-people-2026", name: email.split("@")[0] },
        ip: `10.4.0.${i + 1}`,
      });
    }
  });

  it("finds people by e-mail or name, newest first, with a total", async () => {
    const all = await setup.services.accounts.listUsers(testAdmin, undefined, { limit: 2, offset: 0 });
    expect(all.total).toBe(3);
    expect(all.rows.map((u) => u.email)).toEqual(["park@frames.kr", "lee@foods.kr"]);
    const frames = await setup.services.accounts.listUsers(testAdmin, "frames", { limit: 10, offset: 0 });
    expect(frames.rows.map((u) => u.email).sort()).toEqual(["kim@frames.kr", "park@frames.kr"]);
    const byName = await setup.services.accounts.listUsers(testAdmin, "LEE", { limit: 10, offset: 0 });
    expect(byName.rows.map((u) => u.email)).toEqual(["lee@foods.kr"]);
  });

  it("is for admins only", async () => {
    const reviewer = {
      actor: { kind: "user" as const, id: "x", label: "r@x.kr", role: "reviewer" as const },
    };
    await expect(
      setup.services.accounts.listUsers(reviewer, undefined, { limit: 1, offset: 0 }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
