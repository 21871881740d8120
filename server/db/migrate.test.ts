import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../testing/database.ts";
import { migrateDatabase } from "./migrate.ts";

/** A migrations folder in drizzle-kit's layout whose second statement fails. */
function brokenMigrations(): string {
  const folder = mkdtempSync(path.join(tmpdir(), "broken-migrations-"));
  mkdirSync(path.join(folder, "meta"));
  writeFileSync(
    path.join(folder, "9999_broken.sql"),
    'CREATE TABLE "half_done" ("id" integer);\n--> statement-breakpoint\nSELECT no_such_function();',
  );
  writeFileSync(
    path.join(folder, "meta", "_journal.json"),
    JSON.stringify({
      version: "7",
      dialect: "postgresql",
      entries: [{ idx: 0, version: "7", when: 4_102_444_800_000, tag: "9999_broken", breakpoints: true }],
    }),
  );
  return folder;
}

describe("migrateDatabase", () => {
  it("is idempotent and keeps the industry taxonomy present", async () => {
    const database = await createTestDatabase();
    await migrateDatabase(database);
    const { rows } = await database.pool.query(
      "select count(*)::int as n from industries where parent_code is null",
    );
    expect(rows[0].n).toBe(16);
  });

  it("stops with one sentence and leaves nothing half-migrated when a migration fails", async () => {
    const database = await createTestDatabase();
    await expect(migrateDatabase(database, { migrationsFolder: brokenMigrations() })).rejects.toThrow(
      /^Database migration failed, nothing was changed: .*no_such_function/,
    );
    const { rows } = await database.pool.query("select to_regclass('half_done') as t");
    expect(rows[0].t).toBeNull();
  });
});
