import { beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../testing/app.ts";
import { organizationRecord, store } from "../../testing/factories.ts";
import { readVersions } from "./matching.repository.ts";

/** What moves the counters matching follows: only writes of what it reads (migrations 0013, 0014). */
describe("matching's versions", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  const versions = () => readVersions(setup.database.db);
  const sql = (text: string) => setup.database.pool.query(text);

  beforeAll(async () => {
    setup = await createTestApp();
    await store(setup.services, [organizationRecord({ externalId: "maker", industries: ["eyewear"] })]);
  });

  it("moves for a change of what matching reads, not for a logo or a verification date", async () => {
    const before = await versions();
    await sql(
      "update organizations set verified_at = now(), logo_key = 'x.webp' where external_id = 'maker'",
    );
    expect((await versions()).organizations).toBe(before.organizations);
    await sql("update organizations set industries = '{food}' where external_id = 'maker'");
    expect((await versions()).organizations).toBeGreaterThan(before.organizations);
  });

  it("moves the opportunities' counter for any opportunity write", async () => {
    const before = await versions();
    await store(setup.services, [
      { type: "opportunity", externalId: "o1", owner: "maker", kind: "other", title: { en: "Frames" } },
    ]);
    expect((await versions()).opportunities).toBeGreaterThan(before.opportunities);
  });
});
