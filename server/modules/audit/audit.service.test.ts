import { beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../../platform/actor.ts";
import { createServices, type Services } from "../../services.ts";
import { createTestDatabase, type TestDatabase } from "../../testing/database.ts";
import { organizationRecord, testAdmin, toJsonl } from "../../testing/factories.ts";

describe("the audit log", () => {
  let database: TestDatabase;
  let services: Services;
  beforeAll(async () => {
    database = await createTestDatabase();
    services = createServices({ db: database.db });
  });

  it("is append-only: the database refuses to change or delete an event", async () => {
    await services.audit.record(testAdmin, { action: "test.write", resourceType: "test" });
    await expect(database.pool.query("update audit_events set action = 'x'")).rejects.toThrow(/append-only/);
    await expect(database.pool.query("delete from audit_events")).rejects.toThrow(/append-only/);
    const { rows } = await database.pool.query(
      "select count(*)::int as n from audit_events where action = 'test.write'",
    );
    expect(rows[0].n).toBe(1);
  });

  it("records an import in the same transaction, and nothing for a refused import", async () => {
    const good = await services.interchange.import(testAdmin, toJsonl([organizationRecord()]));
    expect(good.ok).toBe(true);
    const bad = await services.interchange.import(
      testAdmin,
      toJsonl([{ ...organizationRecord(), kind: "x" }]),
    );
    expect(bad.ok).toBe(false);
    const { items } = await services.audit.list(
      testAdmin,
      { action: "interchange.import" },
      { limit: 10, offset: 0 },
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      actorLabel: "test",
      after: { lines: 1, counts: { organization: { created: 1 } } },
    });
  });

  it("refuses imports from anyone but a city admin", async () => {
    const partner = {
      actor: { ...systemActor("partner"), kind: "token" as const, role: "partner-member" as const },
    };
    await expect(services.interchange.import(partner, toJsonl([organizationRecord()]))).rejects.toMatchObject(
      {
        code: "FORBIDDEN",
      },
    );
    await expect(services.interchange.import(undefined, "")).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });

  it("is readable by admins only", async () => {
    const reviewer = { actor: { ...systemActor("r"), role: "reviewer" as const } };
    await expect(services.audit.list(reviewer, {}, { limit: 1, offset: 0 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
