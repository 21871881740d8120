import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../testing/database.ts";
import { eventually } from "../mail/smtp-test-server.ts";
import { type JobAttempt, type Jobs, startJobs } from "./jobs.ts";

describe("jobs (pg-boss)", () => {
  let database: TestDatabase;
  let jobs: Jobs;
  const seen: JobAttempt<{ n: number }>[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    jobs = await startJobs({
      connectionString: database.url,
      onError: () => {},
      pollingIntervalSeconds: 0.5,
    });
    await jobs.define("test-echo", { retryLimit: 2, retryDelay: 0, retryBackoff: false });
    await jobs.work<{ n: number }>("test-echo", async (job) => {
      seen.push(job);
      if (job.data.n < 0) throw new Error("refused");
    });
  });
  afterAll(() => jobs?.stop());

  it("creates its own schema next to ours", async () => {
    const { rows } = await database.pool.query(
      "select count(*)::int as n from information_schema.schemata where schema_name = 'pgboss'",
    );
    expect(rows[0].n).toBe(1);
  });

  it("enqueues inside a transaction: a rolled-back job never runs, a committed one does", async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await jobs.send("test-echo", { n: 1 }, { tx });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      await jobs.send("test-echo", { n: 2 }, { tx });
    });
    await eventually(() => (seen.some((job) => job.data.n === 2) ? true : undefined));
    expect(seen.some((job) => job.data.n === 1)).toBe(false);
  });

  it("retries a failing job up to the queue's retry limit, counting the attempts", async () => {
    await jobs.send("test-echo", { n: -1 });
    const attempts = await eventually(() => {
      const tries = seen.filter((job) => job.data.n === -1);
      return tries.length === 3 ? tries : undefined;
    });
    expect(attempts.map((job) => job.retryCount)).toEqual([0, 1, 2]);
    expect(attempts.every((job) => job.retryLimit === 2)).toBe(true);
  });
});
